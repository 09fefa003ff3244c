import inspect, math, itertools, builtins
print(len.__doc__); print(inspect.signature(len), inspect.signature(str.join), inspect.signature(math.sqrt), inspect.signature(itertools.count))
print(int.__doc__.splitlines()[0], '|', str.join.__doc__.splitlines()[0], '|', 'abc'.join.__text_signature__, '|', True.bit_length.__doc__)
print(dict.fromkeys.__doc__, inspect.signature(dict.fromkeys), inspect.signature(sorted), inspect.signature(divmod))
print(str.__doc__ == builtins.str.__doc__, list.append.__doc__, inspect.signature([].append))
print(int.real.__doc__, type.__doc__.splitlines()[0], object.__init__.__doc__)
class C:
    """mine"""
print(C.__doc__, C.__text_signature__ if hasattr(C, '__text_signature__') else None, int.__text_signature__)
import pydoc
print(pydoc.render_doc(math.hypot, renderer=pydoc.plaintext).splitlines()[2:4])
missing = []
for name in dir(builtins):
    o = getattr(builtins, name)
    if callable(o) and not name.startswith('_') and name not in ('exit', 'quit') and o.__doc__ is None:
        missing.append(name)
print('undocumented builtins:', missing)

import marshal, sys
for v in [1, 2**70, -5, 'a', 'é', '😀', (1,2), [1,[2]], {1:2}, {1}, frozenset({2}), 1.5, 2j, b'x', bytearray(b'y'), None, True, ..., StopIteration, (), [], {}]:
    r = marshal.loads(marshal.dumps(v))
    print(repr(r), type(r).__name__, r == v)
try: marshal.dumps(object())
except Exception as e: print(type(e).__name__, e)
class I(int): pass
try: marshal.dumps(I(3))
except Exception as e: print(type(e).__name__, e)
try: marshal.loads(b'')
except Exception as e: print(type(e).__name__, e)
try: marshal.loads(b'\x99')
except Exception as e: print(type(e).__name__, e)
print(marshal.loads(b'\xe9\x01\x00\x00\x00a'), marshal.loads(marshal.dumps([1,2])+b'junk'), marshal.version)
def f(a, b=2): return a + b
co = marshal.loads(marshal.dumps(f.__code__))
print(co.co_name, co.co_varnames, eval(co, {}) if False else type(co).__name__)
import _imp
print(_imp.is_builtin('sys'), _imp.is_builtin('marshal'), _imp.is_builtin('os'), _imp.lock_held(), _imp.check_hash_based_pycs)
print(_imp.source_hash(3495, b''), _imp.source_hash(1, b'abc'))
try: _imp.release_lock()
except Exception as e: print(type(e).__name__, e)
print('marshal' in sys.builtin_module_names, '_imp' in sys.builtin_module_names)
bi = [f for f in sys.meta_path if getattr(f, '__name__', '') == 'BuiltinImporter'][0]
print(bi.find_spec('marshal').origin, bi.find_spec('os'))

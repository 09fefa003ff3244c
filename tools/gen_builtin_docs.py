"""Generate data/builtin_docs.json: the docstrings and text signatures
python3 (CPython 3.11) gives its builtin functions, builtin types and their
methods and attributes, and the C modules Typhon writes natively, keyed as
Typhon names them: 'builtins.len', a type's tp_name ('int',
'itertools.count'), '<tp_name>.<attribute>', '<module>.<function>', and
'<module>' for a module's own doc. Each value is [doc, text_signature].
Typhon reads the file on the first __doc__ or __text_signature__ it cannot
answer otherwise (objects/builtin_docs.ts).
Run: python3 tools/gen_builtin_docs.py > data/builtin_docs.json
"""
import builtins
import importlib
import json
import sys
import types

MODULES = ['math', 'cmath', 'itertools', '_collections', '_functools', '_operator', '_sre', '_json', '_csv', 'time', 'posix',
           'errno', 'gc', 'atexit', 'sys', 'marshal', 'unicodedata', 'binascii', '_random', '_struct', 'array', 'zlib',
           'select', '_socket', '_io', '_thread', '_weakref', '_signal', '_locale', '_codecs', '_string', '_bisect',
           '_heapq', '_warnings', '_contextvars', '_md5', '_sha1', '_sha256', '_sha512', '_sha3', '_blake2', '_stat',
           '_abc', '_ast', '_imp', '_opcode', '_symtable', 'pwd', 'grp', '_posixsubprocess', '_datetime', '_pickle']

out = {}
DESCRIPTORS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType,
               types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType,
               staticmethod, classmethod)


def put(key, obj):
    doc = getattr(obj, '__doc__', None)
    sig = getattr(obj, '__text_signature__', None)
    if isinstance(doc, str) or isinstance(sig, str):
        out[key] = [doc if isinstance(doc, str) else None, sig if isinstance(sig, str) else None]


def type_name(t):
    return t.__qualname__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'


def put_type(t):
    if t.__flags__ & (1 << 9):  # heap types have Python-level docs of their own (or come from Lib)
        if t.__module__ not in MODULES and t.__module__ not in ('functools', 're', '_io', 'collections'):
            return
    name = type_name(t)
    if name in out:
        return
    put(name, t)
    for k, v in vars(t).items():
        if isinstance(v, DESCRIPTORS):
            put(f'{name}.{k}', v if not isinstance(v, (staticmethod, classmethod)) else v.__func__)


put('builtins', builtins)
for k, v in vars(builtins).items():
    if isinstance(v, types.BuiltinFunctionType):
        put(f'builtins.{k}', v)
    elif isinstance(v, type):
        put_type(v)
for t in [types.FunctionType, types.CodeType, types.FrameType, types.GeneratorType, types.CoroutineType,
          types.AsyncGeneratorType, types.CellType, types.MethodType, types.BuiltinFunctionType, types.MappingProxyType,
          types.SimpleNamespace, types.TracebackType, types.ModuleType, types.GenericAlias, types.UnionType,
          types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType,
          types.MemberDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, type(None),
          type(NotImplemented), type(...), type({}.keys()), type({}.values()), type({}.items()), type(iter([])),
          type(iter(())), type(iter('')), type(iter(range(1))), type(iter({})), type(reversed([]))]:
    put_type(t)
for m in MODULES:
    try:
        mod = importlib.import_module(m)
    except ImportError:
        continue
    put(m, mod)
    for k, v in vars(mod).items():
        if isinstance(v, types.BuiltinFunctionType):
            put(f'{m}.{k}', v)
        elif isinstance(v, type) and (v.__module__ == m or v.__module__.lstrip('_') == m.lstrip('_')):
            put_type(v)
json.dump(out, sys.stdout, ensure_ascii=False, separators=(',', ':'), sort_keys=True)
print()

# A few deterministic sys attributes.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("226_sys_attributes.py"))
print(sys.byteorder, sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.width)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, __name__)
print(sys.flags.optimize, sys.getdefaultencoding(), sys.implementation.name in ("cpython", "typhon"))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(callable(sys.exit), sys.platform in ("linux", "darwin", "win32", "emscripten"))

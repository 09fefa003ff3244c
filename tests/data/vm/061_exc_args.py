# Exception args, str and repr with zero, one and several arguments.
for e in (Exception(), Exception("msg"), Exception("a", 2), ValueError(""),
          KeyError("k"), KeyError(), KeyError(1, 2), IndexError(5), OSError(2, "No such file")):
    print(type(e).__name__, e.args, "|" + str(e) + "|", repr(e))

e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
print(repr(StopIteration(3)), StopIteration(3).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
o = OSError(2, "No such file or directory", "f.txt")
print(o.errno, o.strerror, o.filename, str(o))
print(type(OSError(2, "x")).__name__)
k = KeyboardInterrupt()
print(repr(k), isinstance(k, Exception))

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyErr(404, "not found")
except MyErr as err:
    print(err, err.code, err.args, repr(err))

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a

n = NoSuper(1, 2)
print(n.args, str(n), repr(n))

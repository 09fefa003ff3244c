# Frames that pass between the interpreter and compiled code: a generator
# suspended in one and resumed in the other, a hot loop handed over in the
# middle of a function (with values on the stack: a for-loop iterator inside
# a try and a with), an exception raised out of the handed-over frame, deep
# recursion past the compiled code's nesting, tracing turned on mid-call,
# and a frame's locals read from outside while it runs.
import sys

def gen(n):
    total = 0
    for i in range(n):
        try:
            got = yield i * i
        except KeyError as e:
            got = e.args[0]
        total += got or 0
    return total

g = gen(1000)
out = [next(g)]
for i in range(999):
    out.append(g.send(i) if i % 7 else g.throw(KeyError(-i)))
try:
    g.send(1)
except StopIteration as e:
    print("returned", e.value, sum(out))

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False

def handed_over(n):
    acc = []
    with Ctx():
        try:
            for i in range(n):
                acc.append(i)
                if i == n - 1:
                    raise ValueError("at the end")
        except ValueError as e:
            acc.append(str(e))
    return len(acc), acc[-1]

print(handed_over(5000))

def raises_late(n):
    for i in range(n):
        if i == n - 1:
            {}["missing"]
try:
    raises_late(3000)
except KeyError as e:
    print("KeyError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

sys.setrecursionlimit(20000)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
for _ in range(300):
    down(10)
print(down(15000))
sys.setrecursionlimit(1000)

def peek():
    return sorted(k for k in sys._getframe(1).f_locals if not k.startswith("_"))
def visible(a, b=2):
    c = a + b
    for i in range(3):
        d = i
    return peek()
for _ in range(300):
    visible(1)
print(visible(1))

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_callee":
        events.append((event, frame.f_lineno - traced_callee.__code__.co_firstlineno))
    return tracer
def traced_callee(x):
    y = x + 1
    return y * 2
def turns_tracing_on(x):
    sys.settrace(tracer)
    r = traced_callee(x)
    sys.settrace(None)
    return r
for _ in range(300):
    traced_callee(1)
print(turns_tracing_on(3), events)

# A parameter deleted and read again: the unbound check stays for it.
def h(a, b):
    del b
    try:
        return a, b
    except UnboundLocalError as e:
        return a, str(e)
for _ in range(300):
    h(1, 2)
print(h(1, 2))

def unbound(flag):
    if flag:
        v = 1
    return v
for _ in range(300):
    unbound(True)
unbound(False)

# Generator introspection: gi_running, gi_frame, gi_code, and "already executing".
def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(g.gi_running, g.gi_frame is not None)
next(g)
next(g)
for _ in g:
    pass
print(g.gi_frame)

def self_ref():
    yield next(me)

me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)

def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        yield "bad"

c = closing()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)

def thrower():
    yield 1

t = thrower()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("raised at start:", e)
print(list(t))

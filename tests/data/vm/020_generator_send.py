# send(), throw(), close() on generators, and the value of StopIteration.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        except GeneratorExit:
            print("closing")
            raise

c = catcher()
next(c)
print(c.throw(ValueError("boom")))
c.close()
print("closed")
c.close()

try:
    gg = acc()
    gg.send(1)
except TypeError as e:
    print(e)

def finisher():
    try:
        yield 1
    finally:
        print("finally ran")

f = finisher()
next(f)
f.close()
print(list(finisher()))

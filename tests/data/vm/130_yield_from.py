# yield from: delegation of next/send/throw/close and the return value.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer result", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

g2 = outer()
next(g2)
g2.close()
print("closed g2")

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", range(3), (9,))))

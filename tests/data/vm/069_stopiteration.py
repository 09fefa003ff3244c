# StopIteration.value, return in generators, PEP 479 (StopIteration inside a generator).
def g():
    yield 1
    return "done"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)

def bad():
    yield 1
    raise StopIteration("leak")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def nexter():
    it = iter([])
    yield next(it)

try:
    next(nexter())
except RuntimeError as e:
    print(e)

def delegator():
    r = yield from g()
    print("delegated result", r)
    return r * 2

d = delegator()
print(next(d))
try:
    next(d)
except StopIteration as e:
    print(e.value)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

print(list(It()))
print(next(iter([]), "empty"))

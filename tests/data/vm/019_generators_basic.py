# Generator functions: laziness, next(), StopIteration, exhaustion.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "default"))
print(list(gen()))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)), sum(countdown(100)))
g = countdown(3)
print(iter(g) is g, type(g).__name__)
for v in g:
    print("got", v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

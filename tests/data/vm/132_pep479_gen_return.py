# Generators return values, generator expressions, and StopIteration conversions.
def gen_with_return(n):
    for i in range(n):
        yield i
    return n * 10

def collector():
    total = yield from gen_with_return(3)
    yield ("total", total)

print(list(collector()))
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
evens = (x for x in range(20) if x % 2 == 0 if x % 3 == 0)
print(list(evens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))

def early_stop():
    yield 1
    return
    yield 2

print(list(early_stop()))

gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("genexpr error:", e)
print(next(gen, "finished"))

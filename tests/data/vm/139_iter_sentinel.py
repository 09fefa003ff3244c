# iter(callable, sentinel), next with default, and iterator exhaustion.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))
chunks = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(chunks), "")))
print(next(chunks))

it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

r = iter(range(3))
print(list(r), list(r))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di))
try:
    iter(5, 6)
except TypeError as e:
    print(e)
s = "héllo"
print(list(iter(s)), list(reversed(s)))
ki = iter(d.items())
print(next(ki), type(ki).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter("")).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__)

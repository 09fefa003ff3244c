# Containers use __eq__ for in/index/count/remove, identity first.
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq({self.v}, {getattr(o, 'v', o)})")
        return getattr(o, "v", o) == self.v
    __hash__ = None

items = [Loose(1), Loose(2), Loose(3)]
print(Loose(2) in items)
print(items.index(3))
print(items.count(Loose(1)))
items.remove(2)
print(len(items))
x = items[0]
print(x in items)

class NaNLike:
    def __eq__(self, o):
        return False

n = NaNLike()
print(n in [n], [n] == [n], n == n, [n].count(n))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan])
print(1 in [1.0], 1.0 in {1}, "a" in ("a",), [1, 2] == [1.0, 2.0])

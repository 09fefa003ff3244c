# __eq__ and __hash__: defining __eq__ removes hashing; dict/set use both.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key(1): "one", Key("a"): "A"}
print(d[Key(1)], d[Key("a")], Key(1) in d, Key(2) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))

class EqOnly:
    def __eq__(self, other):
        return True

print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
print(EqOnly() == 5, EqOnly() != 5)

class NeDefault:
    def __eq__(self, other):
        print("eq called")
        return False

print(NeDefault() != NeDefault())

class Plain:
    pass

a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float"})
print(True == 1, {True: "t", 1: "one"})

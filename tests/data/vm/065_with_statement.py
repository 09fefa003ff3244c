# with: __enter__/__exit__ order, exception info, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

with CM("x") as x, CM("y") as y:
    print("both", x, y)

with (CM("p") as p,
      CM("q")):
    print("parenthesized", p)

def early():
    with CM("ret"):
        return "value"

print(early())

for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break

try:
    with 5:
        pass
except TypeError as e:
    print(e)

# Or-patterns whose alternatives bind names in different orders, captures
# next to failing sub-patterns (nothing is bound unless the whole case
# matches), name scopes (locals, globals, closures, class bodies) and a
# traceback raised from inside a case.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def order(v):
    match v:
        case (a, b, c) | [c, b, a, "rev"] | {"b": b, "c": c, "a": a}:
            return a, b, c
        case (Color.RED | Color.GREEN) as col, n:
            return col.name, n
        case Color.BLUE:
            return "blue"
        case _:
            return "no"


for v in [(1, 2, 3), [1, 2, 3, "rev"], {"a": 1, "b": 2, "c": 3}, (Color.GREEN, 4), Color.BLUE, (Color.BLUE, 1), 0]:
    print(order(v))

x = "untouched"
match [1, 2]:
    case [x, 3]:
        print("no")
    case [y, z]:
        print("x is still", x, "y z", y, z)

g = "global"


def rebind(v):
    global g
    match v:
        case [g, local]:
            return local


print(rebind(["changed", "loc"]), g)


def make(v):
    match v:
        case {"n": n, **rest}:
            def inner():
                return n * 2, rest
            return inner


print(make({"n": 21, "k": 1})())


class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            summary = f"{debug}/{level}"


print(Config.debug, Config.level, Config.summary)


def classify(n):
    match n:
        case 0:
            return "zero"
        case int() if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _:
            return 1 / 0


for n in range(4):
    print(n, classify(n))

nums = []
for i in range(10):
    match i % 3, i % 5:
        case 0, 0:
            nums.append("fizzbuzz")
        case 0, _:
            nums.append("fizz")
        case _, 0:
            nums.append("buzz")
        case _:
            continue
print(nums)

classify("boom")

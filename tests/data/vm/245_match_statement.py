# match statements at run time: literals, captures, sequences, mappings, classes, guards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq starting {first} with {len(rest)} more"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": k, **others}:
            return f"shape {k} extra={sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"

for v in [1, -5, 99, "42", "abc", [1, 2], (1, 2, 3), [], {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 1, "c": 2}, Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 2), None, 2.5]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

# Class patterns: __match_args__ (from dataclasses and by hand), keyword
# patterns, nested patterns, guards and or-patterns binding the same names.
from dataclasses import dataclass
import math


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


class Segment:
    def __init__(self, a, b):
        self.a, self.b = a, b


def area(shape):
    match shape:
        case Circle(_, r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r=r):
            return round(math.pi * r * r, 3)
        case Rect(_, w, h) | Rect(w=w, h=h):
            return w * h
        case Segment():
            return 0
        case _:
            return None


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Circle(Point(0, 0) as c, r):
            return f"centred circle {c} r={r}"
        case Circle(center=Point(x=cx), r=1 | 2 as r):
            return f"small circle at x={cx} r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at {x},{y} side {w}"
        case Segment(a=Point() as p, b=Point() as q):
            return f"segment {p.x},{p.y} -> {q.x},{q.y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string of {len(s)}"
        case bool(b):
            return "unreachable bool"
        case _:
            return "unknown"


shapes = [
    Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(1, 2),
    Circle(Point(0, 0), 2), Circle(Point(4, 1), 1), Circle(Point(4, 1), 9),
    Rect(Point(1, 1), 2, 2), Rect(Point(0, 0), 2, 3),
    Segment(Point(1, 2), Point(3, 4)), Segment(1, 2),
    12, 2.5, "hello", True, None, [1],
]
for s in shapes:
    print(describe(s), area(s))

try:
    area(Circle(Point(0, 0), -1))
except ValueError as e:
    print("error:", e)

try:
    match Segment(1, 2):
        case Segment(1, 2):
            print("no")
except TypeError as e:
    print("TypeError:", e)

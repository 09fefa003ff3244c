# dataclasses: fields, defaults, default_factory, frozen, order, asdict, replace, __post_init__.
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

    def total(self, qty):
        return self.price * qty

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

i = Item("pen", 1.5)
i.tags.append("office")
print(i, i.total(4), Item("x") == Item("x"), asdict(i), astuple(i))
print(replace(i, price=2.0), [f.name for f in fields(Item)])
v = Version(3, 11)
print(v, v < Version(3, 12), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(3, 11)))
try:
    v.major = 4
except Exception as e:
    print(type(e).__name__, e)
print(Rect(3, 4))
try:
    Item()
except TypeError as e:
    print(e)

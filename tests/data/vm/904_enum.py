# enum: Enum, IntEnum, Flag, auto, iteration, lookup by value and name.
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, int(Prio.LOW), sorted([Prio.HIGH, Prio.LOW]))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw & Perm.W)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print({c.name: c.value for c in Color}, Color.__members__.keys())

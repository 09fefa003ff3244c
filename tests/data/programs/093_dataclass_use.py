from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
i = Item("x", 2)
print(i, i == Item("x", 2), Item("y"))

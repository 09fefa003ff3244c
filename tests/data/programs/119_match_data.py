# Mapping and sequence patterns over JSON-like data: **rest, star captures,
# star wildcards at every position, value patterns and singletons.
import json

EVENTS = json.loads("""[
  {"type": "click", "pos": [10, 20], "button": "left"},
  {"type": "click", "pos": [1, 2, 3]},
  {"type": "key", "key": "q", "mods": ["ctrl", "shift"]},
  {"type": "key", "key": "x", "mods": []},
  {"type": "scroll", "delta": -3, "extra": true, "source": "wheel"},
  {"type": "resize", "size": {"w": 800, "h": 600}},
  {"type": "batch", "items": [{"type": "key", "key": "a", "mods": []}, {"type": "noop"}]},
  {"type": null},
  {"kind": "other"},
  [1, 2, 3, 4, 5],
  [],
  [true, false, null],
  "text"
]""")


def handle(ev, depth=0):
    pad = "  " * depth
    match ev:
        case {"type": "click", "pos": [x, y], **rest}:
            print(pad + f"click at {x},{y} rest={sorted(rest.items())}")
        case {"type": "click", "pos": [*coords]}:
            print(pad + f"click with {len(coords)} coords {coords}")
        case {"type": "key", "key": "q", "mods": ["ctrl", *others]}:
            print(pad + f"quit (also {others})")
        case {"type": "key", "key": str(k), "mods": []}:
            print(pad + f"plain key {k!r}")
        case {"type": "scroll", "delta": int(d), **rest} if d < 0:
            print(pad + f"scroll up {-d} {rest}")
        case {"type": "resize", "size": {"w": w, "h": h}}:
            print(pad + f"resize {w}x{h}")
        case {"type": "batch", "items": [*items]}:
            print(pad + f"batch of {len(items)}")
            for item in items:
                handle(item, depth + 1)
        case {"type": None}:
            print(pad + "null type")
        case {"type": _}:
            print(pad + f"unhandled {ev['type']}")
        case {}:
            print(pad + f"mapping without type {ev}")
        case [int(first), *_, int(last)] if first < last:
            print(pad + f"ascending ends {first}..{last}")
        case [*_, 5]:
            print(pad + "ends in 5")
        case []:
            print(pad + "empty list")
        case [True, False, None]:
            print(pad + "singletons")
        case str():
            print(pad + "a string")


for ev in EVENTS:
    handle(ev)


def split(seq):
    match seq:
        case [a, b, *mid, c, d]:
            return (a, b, mid, c, d)
        case [*_, x, _]:
            return ("second to last", x)
        case [_, *_]:
            return "one"
        case _:
            return "none"


for n in range(6):
    print(n, split(list(range(n))), split(tuple("abcdef"[:n])))

for text in ["go north", "go", "take lamp key", "drop", "look", "quit now please"]:
    match text.split():
        case ["go", direction]:
            print("going", direction)
        case ["go"]:
            print("go where?")
        case ["take", *objs] if objs:
            print("taking", ", ".join(objs))
        case ["drop", *objs]:
            print("dropping", objs or "nothing")
        case ["look" | "l"]:
            print("looking")
        case [("quit" | "exit") as verb, *rest]:
            print(verb, "ignores", rest)

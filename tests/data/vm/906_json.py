# json: dumps options, loads, round trips, errors.
import json
data = {"name": "Typhon", "version": [0, 1], "ok": True, "none": None, "pi": 3.14, "nested": {"é": "ü"}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads("[1, 2.5, \"x\", null, false]"), json.dumps("tab\t\"q\""))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps({1: "int key"}), json.dumps(float("inf")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.loads('"\\u00e9"'))

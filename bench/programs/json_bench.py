# json: dumps and loads of nested documents.
import json
def run(n):
    doc = [{"id": i, "name": f"item{i}", "tags": ["a", "b", str(i % 7)], "price": i * 0.25,
            "ok": i % 3 == 0, "nested": {"x": [i, i + 1, None], "y": "é" * (i % 3)}} for i in range(n)]
    total = 0
    for _ in range(5):
        s = json.dumps(doc)
        back = json.loads(s)
        total += len(s) + len(back)
    pretty = json.dumps(doc[:50], indent=2, sort_keys=True)
    return total, len(pretty), back[-1]["nested"]

print(run(8000))

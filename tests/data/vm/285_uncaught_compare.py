# A failing comparison inside a sort key: the traceback goes through sorted's key function.
records = [{"name": "a", "age": 30}, {"name": "b", "age": None}, {"name": "c", "age": 25}]
print(sorted(r["name"] for r in records))
known = [r for r in records if r["age"] is not None]
print([r["name"] for r in sorted(known, key=lambda r: r["age"])])

def age_key(r):
    return r["age"]

print(max(known, key=age_key)["name"])
oldest = sorted(records, key=lambda r: r["age"])

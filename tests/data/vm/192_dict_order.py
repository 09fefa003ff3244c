# Insertion order, deletion and re-insertion, updates keep position, | and |=.
d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
print(d | {"a": 0, "new": 1}, {"new": 1} | d)
d |= {"m": "updated", "q": 9}
print(d)
d |= [("list", "pair")]
print(d)
try:
    d | [("x", 1)]
except TypeError as e:
    print(e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
x = {1: "a", 2: "b"}
x.pop(1)
x[1] = "again"
print(x, {3: 1, 1: 3, 2: 2}, {True: 1, 1.0: 2, 1: 3})

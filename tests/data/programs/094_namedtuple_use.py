from collections import namedtuple, defaultdict, deque
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
q = deque([1, 2, 3]); q.rotate(1)
print(p, p.x + p.y, dict(dd), q)

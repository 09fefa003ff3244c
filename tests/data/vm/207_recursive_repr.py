# Recursive containers print [...] and {...}; deep nesting.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
s = {"x": [0]}
s["x"].append(s)
print(s, repr(s) == str(s))

class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"

n = Node()
n.children.append(n)
try:
    print(repr(n))
except RecursionError:
    print("RecursionError for a user-defined repr")
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep)[:20], str(deep).count("["))
m = [1]
m.append([m, [m]])
print(m)

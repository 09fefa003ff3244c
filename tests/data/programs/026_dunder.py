class V:
    def __init__(self, *a): self.a = list(a)
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
    def __eq__(self, o): return self.a == o.a
    def __iter__(self): return iter(self.a)
v = V(1, 2, 3)
print(len(v), v[1], v == V(1, 2, 3), list(v), 2 in v)

class T:
    def __init__(self, v):
        self.v, self.l, self.r = v, None, None
    def insert(self, v):
        side = "l" if v < self.v else "r"
        if getattr(self, side) is None:
            setattr(self, side, T(v))
        else:
            getattr(self, side).insert(v)
    def walk(self):
        if self.l: yield from self.l.walk()
        yield self.v
        if self.r: yield from self.r.walk()
t = T(5)
for v in [3, 8, 1, 4, 9, 7]:
    t.insert(v)
print(list(t.walk()))

fs = [lambda i=i: i * 10 for i in range(4)]
gs = []
for i in range(3):
    def g(i=i):
        return -i
    gs.append(g)
print([f() for f in fs], [g() for g in gs])

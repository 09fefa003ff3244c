t = (1, "a", 2.5)
a, b, c = t
print(t, a, b, c, t[1:], t + (None,), t.count(1), (1,) * 3)

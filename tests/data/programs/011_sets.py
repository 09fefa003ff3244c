s = {3, 1, 2}
t = {2, 3, 4}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), 2 in s, len(s))

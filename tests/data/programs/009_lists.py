l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort()
print(l, l[2:5], l[-1], len(l), sum(l), min(l), max(l))
l.append(7); l.insert(0, 0); l.pop(); l.remove(1)
print(l, l.index(4), l.count(1), sorted(l, reverse=True))

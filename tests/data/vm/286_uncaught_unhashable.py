# TypeError: unhashable type, raised while building a set.
groups = [[1, 2], [3]]
sizes = {len(g) for g in groups}
print(sizes)
frozen = {tuple(g) for g in groups}
print(sorted(frozen))
lookup = {tuple(g): sum(g) for g in groups}
print(lookup)
print("building a set of lists")
unique = set(groups)

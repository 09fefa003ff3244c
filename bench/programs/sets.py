# Set-heavy: building, membership, unions/intersections of int and str sets.
def run(n):
    a = set()
    for i in range(n):
        a.add(i * 31 % 50021)
    b = {x for x in range(0, 100_000, 3)}
    hits = 0
    for i in range(n):
        if i in a:
            hits += 1
    words = {"w" + str(i % 5000) for i in range(n // 4)}
    common = a & b
    either = a | b
    diff = a - b
    sym = a ^ b
    return len(a), hits, len(words), len(common), len(either), len(diff), len(sym), min(common), max(either)

print(run(1_000_000))

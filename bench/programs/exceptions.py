# raise/except in Python code and exceptions from builtins.
def parse(items):
    ok = bad = 0
    for s in items:
        try:
            int(s)
            ok += 1
        except ValueError:
            bad += 1
    return ok, bad

def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)

def run(n):
    items = [str(i) if i % 4 else "x" + str(i) for i in range(n)]
    caught = 0
    for i in range(n // 20):
        try:
            deep(10)
        except KeyError:
            caught += 1
    return parse(items), caught

print(run(400_000))

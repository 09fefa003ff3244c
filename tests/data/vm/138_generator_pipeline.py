# Chained generators processing lines lazily.
text = """alpha 3
beta 5
# comment
gamma x
delta 7

epsilon 11"""

def lines(t):
    for line in t.split("\n"):
        print("read:", repr(line))
        yield line

def non_blank(ls):
    return (l for l in ls if l.strip() and not l.startswith("#"))

def parsed(ls):
    for l in ls:
        name, _, num = l.partition(" ")
        try:
            yield name, int(num)
        except ValueError:
            print("skip", name)

pipe = parsed(non_blank(lines(text)))
print("pipeline built")
first = next(pipe)
print("first", first)
rest = list(pipe)
print(rest)
print(sum(n for _, n in [first] + rest))

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, (x * x for x in naturals() if x % 2))))

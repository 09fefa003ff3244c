# More binding errors: several missing names, keyword-only counts, positional-only.
def many(a, b, c, d):
    pass

def kwo(a, *, b, c, d=1):
    pass

def pos(a, b, /, c):
    pass

def opt(a, b=1, c=2):
    pass

tests = [
    lambda: many(1),
    lambda: many(),
    lambda: many(1, 2, 3),
    lambda: kwo(1),
    lambda: kwo(1, b=2),
    lambda: kwo(1, 2, 3),
    lambda: kwo(1, 2, b=3, c=4),
    lambda: pos(1, 2, a=3, c=4),
    lambda: pos(c=1),
    lambda: opt(),
    lambda: opt(1, 2, 3, 4, 5),
    lambda: opt(1, x=1, y=2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__ + ":", e)

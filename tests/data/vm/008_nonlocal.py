# nonlocal rebinding through several levels, and global beside it.
g = "global"

def level1():
    a = 1
    def level2():
        nonlocal a
        a += 10
        def level3():
            nonlocal a
            a *= 2
            return a
        return level3()
    r = level2()
    return a, r

print(level1())

def shadow():
    g = "local"
    def inner():
        global g
        g = "changed"
        return g
    inner()
    return g

print(shadow(), g)

def accum():
    items = []
    total = 0
    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total
    return add, items

add, items = accum()
for v in (5, 7, 9):
    add(v)
print(items, add(0))

def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

unbound()

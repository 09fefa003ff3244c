# Closures capture variables (cells), not values.
def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1))
print(add3.__closure__[0].cell_contents)
print(add3.__code__.co_freevars, make_adder.__code__.co_cellvars)

fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])

def outer():
    x = 1
    def get():
        return x
    x = 2
    return get

print(outer()())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

# global and nonlocal together, counters in closures, class bodies reading globals.
total = 0

def make_counter(start):
    count = start
    def step(n=1):
        global total
        nonlocal count
        count += n
        total += n
        return count
    def reset():
        nonlocal count
        count = start
    return step, reset

s1, r1 = make_counter(0)
s2, r2 = make_counter(100)
print(s1(), s1(5), s2(), total)
r1()
print(s1(), total)

class Config:
    base = total * 10
    def bump(self):
        global total
        total += 1000
        return total

print(Config.base, Config().bump())

def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x

print(outer())

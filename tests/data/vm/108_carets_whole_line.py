# No markers when the failing expression is the whole line.
def f():
    raise ValueError("whole line")

def g():
    f()

def h():
    return "h ran"

print(h())
x = 1
g()

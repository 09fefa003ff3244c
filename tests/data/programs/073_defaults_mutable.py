def f(x, acc=[]):
    acc.append(x)
    return acc
f(1)
print(f(2))
def g(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(g(1), g(2))

x = 5
print(x is 5, x is not 'a', None is x)
def f():
    return (1, 2)(3)
def g():
    return [1, 2][1.5], "abc"[None], {1}[0], (1,2)['a']
assert (x, 'msg')
y = "\d"
print(1 < x is 2)
print('done')

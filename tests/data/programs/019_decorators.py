def deco(f):
    def w(*a):
        print("calling", f.__name__)
        return f(*a)
    return w
@deco
def hi(x):
    return x * 2
print(hi(21))

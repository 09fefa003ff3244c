def rep(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@rep(3)
def one():
    return 1
print(one())

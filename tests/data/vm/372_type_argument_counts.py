# type()'s argument counts: only type itself has the one-argument form.
class M(type):
    pass
class N(type, metaclass=M):
    pass
for f in [lambda: M(5), lambda: type(1, 2), lambda: M(1, 2), lambda: type.__new__(type, 1), lambda: M('a', (), {}, 4),
          lambda: type('a', (), {}, 4), lambda: N(5), lambda: type(5), lambda: type()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(M('X', (), {}), type('Y', (), {}).__name__)

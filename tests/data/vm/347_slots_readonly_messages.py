class B:
    y = 0
    __slots__ = ('z',)
for f in [lambda: B().x, lambda: delattr(B(), 'x'), lambda: setattr(B(), 'x', 0), lambda: delattr(B(), 'y'), lambda: setattr(B(), 'y', 0), lambda: B().z, lambda: delattr(B(), 'z')]:
    try:
        f()
    except AttributeError as e:
        print(e)

# object.__new__ and friends refuse a subclass whose nearest native base makes instances differently (tp_new_wrapper).
class L(list):
    pass
class D(list):
    def __new__(cls, *a):
        return list.__new__(cls)
class C:
    def __new__(cls):
        return object.__new__(cls)
class T(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
class E(Exception):
    pass
for f in [lambda: object.__new__(L), lambda: object.__new__(D), lambda: type(C()), lambda: type(D()), lambda: T(1, 2),
          lambda: list.__new__(L), lambda: object.__new__(int), lambda: int.__new__(bool), lambda: object.__new__(E),
          lambda: Exception.__new__(E), lambda: dict.__new__(L), lambda: list.__new__(dict)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

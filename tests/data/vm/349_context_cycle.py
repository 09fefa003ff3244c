# A cycle already in the context chain: raising ends CPython's walk (Floyd's slow pointer) instead of looping.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc), type(exc.__context__), exc.__context__.__context__ is exc.__context__)
import traceback
traceback.print_exception(exc)
a = ValueError('a'); b = KeyError('b'); a.__context__ = b; b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise RuntimeError('c')
except RuntimeError as r:
    print(r.__context__ is a, a.__context__ is b, b.__context__)
raise exc

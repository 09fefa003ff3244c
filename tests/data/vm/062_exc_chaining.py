# __context__ (implicit), __cause__ (raise from), __suppress_context__.
def show(e):
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    show(e)

try:
    try:
        [][0]
    except IndexError as ie:
        raise KeyError("k") from ie
except KeyError as e:
    show(e)

try:
    try:
        raise OSError("inner")
    except OSError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    show(e)

try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    show(e)

try:
    raise TypeError("bad cause") from 5
except TypeError as e:
    print(e)

e = ValueError()
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError(1)
    finally:
        pass
except ValueError as e:
    print(e.__context__)

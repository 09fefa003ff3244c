# Exceptions raised inside except/finally blocks, and sys.exc_info().
import sys

def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else None, v, tb is not None)

show()
try:
    raise ValueError("active")
except ValueError:
    show()
    try:
        raise KeyError("nested")
    except KeyError:
        show()
    show()
show()

try:
    try:
        raise ValueError("first")
    finally:
        print("in finally, exc_info:", sys.exc_info()[0].__name__)
except ValueError:
    pass

def raising_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")

try:
    raising_in_finally()
except TypeError as e:
    print(e, "<-", repr(e.__context__))

try:
    try:
        raise OSError("a")
    except OSError:
        raise
    finally:
        print("finally after reraise")
except OSError as e:
    print("outer", e)
print(sys.exception() if hasattr(sys, "exception") else "no sys.exception")

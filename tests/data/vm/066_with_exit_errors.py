# Errors in __enter__ or __exit__, and __exit__ returning truthy objects.
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")

try:
    with EnterFails():
        print("never body")
except RuntimeError as e:
    print(e)

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")

try:
    with ExitFails():
        raise KeyError("body")
except ValueError as e:
    print(e, "context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]

with Truthy():
    raise TypeError("gone")
print("suppressed by non-bool")

class OnlyEnter:
    def __enter__(self):
        return self

try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1

r = Reentrant()
with r as a:
    with r as b:
        print(a, b)
print(Reentrant.depth)

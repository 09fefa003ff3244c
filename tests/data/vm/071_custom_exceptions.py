# User-defined exception classes: hierarchies, extra attributes, __str__ override.
class AppError(Exception):
    """Base for the app."""

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} not found"

class Invalid(AppError, ValueError):
    pass

def lookup(k):
    if k == "missing":
        raise NotFound(k)
    if k == "bad":
        raise Invalid("bad key", k)
    return k.upper()

for k in ("ok", "missing", "bad"):
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound:", e, repr(e), e.args)
    except ValueError as e:
        print("ValueError:", e, isinstance(e, AppError))

print([c.__name__ for c in Invalid.__mro__])
print(AppError.__doc__)
try:
    raise NotFound
except AppError as e:
    print(type(e).__name__)
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)

# Function objects: __name__, __qualname__, __doc__, __module__, attributes, __code__.
def f(a, b=1):
    """Docstring of f."""
    return a + b

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)

class K:
    def method(self):
        def inner():
            pass
        return inner

print(K.method.__qualname__, K().method().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)

f.custom = 42
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)

def no_doc():
    pass

print(no_doc.__doc__)
print(callable(f), callable(1), callable(K), callable(K()))

def annotated(x: int, y: "str" = "s") -> list:
    pass

print(annotated.__annotations__)
print(type(f).__name__, type(K.method).__name__, type(K().method).__name__)

# isinstance/issubclass with tuples, unions (X | Y), nested tuples, and errors.
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance(1.0, (int, (str, float))))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance([], list | dict), issubclass(bool, int | str))
print(int | str, int | None, type(int | str).__name__, (int | str) == (str | int), list[int] | None)
print(issubclass(int, (str, object)), issubclass(KeyError, (LookupError,)), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(object(), object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Meta):
    pass

print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(True, (bool,)), isinstance(3, ()), type(3) in (int, float))

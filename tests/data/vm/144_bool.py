# bool is an int subclass: arithmetic, repr, operators, and conversions.
print(True + True, True * 3, True / 2, False - True, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is bool(1), bool(2) is True)
print(repr(True), str(False), int(True), float(True), f"{True}", f"{True:d}", f"{False:>6}")
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(bool(), bool(0), bool(1), bool(-1), bool("False"), bool([None]))
print(True and 5, False and 5, True or 5, 0 or "", None or 0 or [] or "last")
print(not True, not 0, not [], not [0])
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
print({True: "a", False: "b"}[1 == 1], [10, 20][True])
print(divmod(True, True), True ** 10, 7 // True, hash(True), hash(False))
print(True.__and__(1), (True).real, True.__class__.__name__)

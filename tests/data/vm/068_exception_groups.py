# ExceptionGroup: construction, subgroup/split, except* matching.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)

try:
    raise eg
except* ValueError as e:
    print("values", repr(e))
except* TypeError as e:
    print("types", repr(e))

try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), OSError("b")])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as rest:
    print("left over", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped", repr(e))

for bad in ([], [1], "x"):
    try:
        ExceptionGroup("bad", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
print(repr(nested.subgroup(TypeError)))

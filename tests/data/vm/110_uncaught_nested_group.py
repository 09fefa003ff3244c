# Nested exception groups, with notes, uncaught.
inner = ExceptionGroup("inner", [KeyError("k"), IndexError(3)])
inner.add_note("inner note")
outer = ExceptionGroup("outer", [ValueError("v"), inner])
print(repr(outer))
print(len(outer.exceptions), [type(e).__name__ for e in outer.exceptions])
print(outer.subgroup(KeyError))
match, rest = outer.split(ValueError)
print(repr(match), repr(rest))
raise outer

# Format specs for str and other objects; format() builtin and __format__ fallbacks.
for spec in ["", "10", "<10", ">10", "^10", "*^9", ".3", "10.2", "-<6", "s"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)))
print(format("é", "^5"), format("日本", "*>6"))
for bad in ["d", "+", "=10", ",", "#"]:
    try:
        format("s", bad)
    except ValueError as e:
        print(e)
print(format(None), format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1], "10")
except TypeError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)

m = Money(1234.5)
print(format(m, "usd"), f"{m:usd}", f"{m:>10.1f}", "{:usd}".format(m))
print(format(3, ""), format("x", ""), format(1.0, ""), format(1j, ""))

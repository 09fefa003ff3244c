# str.format: positional, keyword, indexing, attributes, conversions, nested specs, escaping.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5), "{0[0][1]}".format([[1, 2]]))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("z"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}}".format(7, ">", 4))
print("{{literal}} {}".format(1), "{{}}".format(), "}}{{".format())
print("{:*^11}".format("mid"), "{0:b} {0:o} {0:x}".format(10), "{:,}".format(10 ** 9))
print("{0} {0}".format([1]), "{a}{b}".format(**{"a": 1, "b": 2}), "{}".format(None))

class P:
    x = 3
    items = ["i0", "i1"]

print("{0.x} {0.items[1]} {p.x}".format(P(), p=P))
for bad in ["{", "}", "{0!x}", "{:d}", "{0[}", "{a.}"]:
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print("{0:}{1:}".format(1, 2), "x{}y".format(""), "{}".format("{}"))
print("%s" % "{}".format(5), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
print(str.format("{}-{}", 1, 2), "{0}{1}{0}".format("ab", "cd"))
print("{:>{}}".format("r", 5), format_map_test := "{x}/{y}".format_map({"x": 1, "y": 2}))

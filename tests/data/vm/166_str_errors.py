# str type errors and their messages.
cases = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: "a" * 2.0,
    lambda: "a" - "b",
    lambda: "abc".count(1),
    lambda: "abc".join(5),
    lambda: "abc".split(1),
    lambda: "%d" % "x",
    lambda: "%s %s" % ("one",),
    lambda: "%s" % ("a", "b"),
    lambda: "{}{}".format(1),
    lambda: "{0}{}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "abc".encode("no-such-codec"),
    lambda: "é".encode("ascii"),
    lambda: str(b"\xff", "utf-8"),
    lambda: "abc".center(),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: "x".zfill("3"),
    lambda: -"x",
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)

for x in [0, 1, "", "a", None, [], [0]]:
    print(repr(x), "T" if x else "F", x or "dflt", x and "yes", not x)

s = "  Python is Fun  "
print(repr(s.strip()), s.title(), s.count("n"), "-".join(["a", "b"]), "abc".center(9, "*"), "x,y,,z".split(","), "AbC".swapcase(), "42".zfill(5), "a1".isalnum())

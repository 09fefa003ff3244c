# find/rfind/index/rindex/count/replace with start/end arguments.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.rfind("a"), s.find("z"), s.rfind("bra"))
print(s.index("c"), s.rindex("a", 0, 5), s.count("a"), s.count("ab"), s.count(""), s.count("a", 5))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""))
print("aaa".replace("a", "aa"), "x".replace("x", ""), "".replace("", "z"))
print(s.find(""), s.find("", 20), s.find("", 11), s[::-1].find("arb"))
print("hello".find("l", -2), "hello".find("l", -10, -2), "héllo wörld".find("w"))
print(s.startswith("abra"), s.startswith(("x", "ab")), s.endswith("bra", 0, 4), s.startswith("cad", 4))
try:
    s.startswith(["a"])
except TypeError as e:
    print(e)
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"))
print("ab" * 0, "ab" * -1, "ab" * 3, 3 * "-")

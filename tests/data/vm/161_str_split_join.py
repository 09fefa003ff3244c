# split/rsplit/splitlines/join with separators, maxsplit, and edge cases.
s = "  a  b c   d "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), "x".split("x"))
print("1<>2<>3".split("<>"), "one two".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(("1",)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print(" ".join(str(i) for i in range(5)), "\t".join(map(str, [1.5, None, True])))
print("a b\tc\nd".split(), "a\u3000b".split())

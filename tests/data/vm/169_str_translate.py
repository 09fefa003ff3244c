# str.maketrans/translate, partition/rpartition, and misc methods.
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1", "b": None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "x".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(e)
print("tEST".title(), "hello world".title(), "they're bill's".title())
print("%".join("abc"), "a".__add__("b"), "a".__mul__(3), "abc".__contains__("b"), "a".__len__())
print("x".__eq__(1), "a".__lt__("b"), "a".__lt__(1))
print(str.upper("abc"), str.__name__, type("").__name__, str("abc") is not None)
print("Hello, {}!".format("you"), "é".isascii(), "a-b_c d".replace("-", "_").split("_"))

# is* predicates across ASCII and Unicode.
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "a1", "", " ", "\t\n", "_x", "x_1", "class",
           "Ⅻ", "ǅ", "é", "日本", "a b", "1.5", "-1"]
names = ["alpha", "digit", "decimal", "numeric", "alnum", "space",
         "identifier", "lower", "upper", "title", "ascii", "printable"]
print(" ".join(n[:3] for n in names))
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
             s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isascii(), s.isprintable()]
    print(repr(s), "".join("1" if f else "0" for f in flags))
print("\x7f".isprintable(), "\u200b".isprintable(), "a\nb".isprintable())
print("if".isidentifier(), "_".isidentifier(), "1a".isidentifier(), "a-b".isidentifier())

# str case methods, including non-ASCII letters.
words = ["hello world", "HELLO", "ǅungla", "straße", "ΣΊΣΥΦΟΣ", "o'neil mc-donald", "İstanbul", "ﬁne"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("MiXeD".swapcase(), "a1b2".upper(), "123".lower())
print("hello".isupper(), "HELLO".isupper(), "Hello World".istitle(), "hello world".islower())
print("ß".upper(), len("ß".upper()), "ﬀ".upper(), "İ".lower(), len("İ".lower()))
print("ΌΣΟΣ".lower(), "ΣΑ Σ".lower(), "aΣ".lower(), "Σ".lower())
print("ǉ".upper(), "ǉ".title(), "ǈ".lower(), "ǈ".upper())
print("hello".upper().lower() == "hello", "Straße".casefold() == "STRASSE".casefold())
print("ﬃ".title(), "123abc".title(), "a-b c_d".title(), "ÉCOLE".capitalize())

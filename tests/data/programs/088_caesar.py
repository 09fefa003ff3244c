def enc(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
m = enc("hello world", 3)
print(m, enc(m, -3))

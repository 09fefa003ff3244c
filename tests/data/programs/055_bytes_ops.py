b = b"hello"
print(b.upper(), b[1], b[1:3], list(b), b.hex(), bytes([65, 66]), bytearray(b"ab") + b"c", "é".encode(), b"\xc3\xa9".decode())

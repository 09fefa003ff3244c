# complex numbers: literals, arithmetic, repr, attributes and errors.
z = 3 + 4j
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(z * 1j, z / 2, z + 1, z - 1j, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(3), complex(), 2j, -2j, 0j)
print(complex(1.5, -0.0), complex(-0.0, 0), 1j * 1j == -1)
print(z == 3 + 4j, z != 3, complex(2, 0) == 2, hash(complex(2, 0)) == hash(2))
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(type(z).__name__, isinstance(z, complex), (1e300j * 10))
print(pow(1j, 2), (2 + 0j) ** 2, format(z, ""), f"{z}")

print(int("  42 "), int("101", 2), int(3.99), float("1e3"), str(12), repr(1.0), int(-2.5), bool(0), complex(1, 2) * 1j)

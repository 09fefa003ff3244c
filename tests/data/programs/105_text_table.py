rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
for name, n, price in rows:
    print(f"{name:<10}|{n:>5}|{price:>8.2f}|{n * price:>9.3f}")

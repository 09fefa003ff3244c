print(sum(int(d) for d in str(2 ** 1000)), [n for n in range(2, 60) if all(n % d for d in range(2, n))][-3:])

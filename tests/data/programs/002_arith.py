a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, divmod(a, b))

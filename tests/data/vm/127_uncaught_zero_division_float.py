# float division and modulo by zero messages, the last one uncaught.
cases = [("1.0 / 0", lambda: 1.0 / 0), ("1 // 0.0", lambda: 1 // 0.0), ("5 % 0", lambda: 5 % 0),
         ("divmod(1, 0)", lambda: divmod(1, 0)), ("2.0 % 0.0", lambda: 2.0 % 0.0)]
for text, f in cases:
    try:
        f()
    except ZeroDivisionError as e:
        print(text, "->", e)
x = 2.5
y = 0.0
print(x / y)

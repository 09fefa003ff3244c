# f-strings: expressions, conversions, format specs, nested, = debugging, escapes.
name, n, pi = "world", 42, 3.14159
items = ["a", "b"]
print(f"hello {name}", f"{n + 1}", f"{n:>6}", f"{pi:.2f}", f"{name!r}", f"{name!s:^9}|")
print(f"{n=}", f"{pi=:.1f}", f"{name = }", f"{items[0]=}", f"{n*2 = }", f"{name=!r}")
print(f"{'quoted'}", f'{"double"}', f"{{braces}}", f"{n:{'>'}{8}}", f"{items}", f"{ {'k': 1}['k'] }")
width = 10
print(f"{pi:{width}.{3}}", f"{n:#x}", f"{n:b}", f"{1e6:,.0f}", f"{0.5:%}", f"{-n:+}")
print(f"{'a' if n > 40 else 'b'}", f"{[x * 2 for x in range(3)]}", f"{(lambda: 'lam')()}")
print(f"{len(items)} items", f"{'-'.join(items)}", f"{name.upper()[:3]}", f"{n // 5 % 3}")
print(f"multi {n}" f" part {name}", f"{3.0!r}", f"{'é'!a}", f"{None}", f"{n!r:>5}")
obj = {"a": {"b": [10, 20]}}
print(f"{obj['a']['b'][1]}", f"{obj=}")
x = 5
print(f"{x:03}", f"{x:<3}|", f"{x:^5}|", f"{x:*>4}", f"{x!r:3}|")
print(f"{'nested {x}'}", f"{f'{x}'}", f"{f'{x:{x}}'}|")

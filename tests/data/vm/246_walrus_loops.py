# Assignment expressions in while/if/comprehensions, while-else, for-else, nested breaks.
data = [3, 8, 1, 9, 4]
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 8:
        print("found big", x)
        break
else:
    print("no big value")
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 6], y)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print("break inner", i, j)
            break
    else:
        print("inner completed", i)
        continue
    print("after inner break", i)
k = 0
while k < 3:
    k += 1
else:
    print("while finished", k)
total = 0
chunks = iter(["ab", "cde", "", "f"])
while chunk := next(chunks):
    total += len(chunk)
print(total)
print((z := 10) + z, [(w := i) for i in range(3)][-1], w)

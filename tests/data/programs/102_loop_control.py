out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
print(out, n)

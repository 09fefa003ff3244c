i = 0
while i < 5:
    i += 1
    if i == 10:
        break
else:
    print("no break", i)
for x in range(3):
    if x == 1:
        break
else:
    print("never")
print(x)

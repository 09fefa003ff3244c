total = 0
def add(x):
    global total
    total += x
for i in range(5):
    add(i)
print(total)

# An exception raised inside a generator being iterated by a for loop.
def numbers(limit):
    n = 10
    while True:
        yield limit // n
        n -= 5

gen = numbers(100)
print(type(gen).__name__)
for value in gen:
    print(value)
print("unreachable")

# A failing expression that spans several lines.
def combine(a, b, c):
    return a + b + c

print(combine(1, 2, 3))
print(combine("a", "b", "c"))
result = combine(
    1,
    2,
    "three",
)

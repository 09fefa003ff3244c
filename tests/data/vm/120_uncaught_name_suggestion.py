# NameError with a "Did you mean" suggestion.
counter = 0
for step in range(3):
    counter += step
print(counter)

def show():
    return f"counter={counter}"

print(show())
print(countr)

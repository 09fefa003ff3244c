# The ~~~^~~~ markers under a failing binary operation inside a larger line.
def ratio(items, count):
    scale = 2
    return scale * sum(items) / count + 1

def report(items, count):
    value = ratio(items, count)
    return f"ratio={value:.3f}"

print(report([1, 2], 3))
print(ratio([1, 2], 0))

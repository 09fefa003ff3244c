# An uncaught NameError at module level: traceback on stderr, exit status 1.
print("start")
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
average = total / len(values)
print("average", average)
print(undefined_variable)
print("never printed")

# The except target is deleted after the handler; exceptions in loops; raise in else.
def f():
    try:
        raise ValueError("v")
    except ValueError as err:
        saved = err
    return "err" in locals(), saved

print(f())

errors = []
for v in ["1", "x", "2", "", "3"]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append(str(e))
print(errors)

def first_negative(xs):
    for i, x in enumerate(xs):
        try:
            if x < 0:
                raise LookupError(i)
        except LookupError as e:
            return e.args[0]
    else:
        return None

print(first_negative([1, 2, -3, 4]), first_negative([1]))

try:
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
except RuntimeError as e:
    print(e)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError
        break
    except ValueError:
        continue
print(count)

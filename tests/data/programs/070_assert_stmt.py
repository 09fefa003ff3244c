def check(x):
    assert x > 0, f"bad {x}"
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("assert:", e)

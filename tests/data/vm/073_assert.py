# assert with and without messages; AssertionError args.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])

assert True, "never evaluated"
assert 1 == 1
print(__debug__)
n = 0
def side():
    global n
    n += 1
    return "msg"
assert n == 0, side()
print(n)

# inf and nan: arithmetic, comparisons, conversions, and errors.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(nan), inf + 1, inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -(10 ** 300))
print(float("Infinity"), float("-iNF"), float("nan"), float("  1.5  "), float("1_0.5"))
print([nan] == [nan], nan in [nan], (lambda x: x == x)(nan))
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(inf // 1, inf % 2 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for text in ["abc", "", "1e", "--1"]:
    try:
        float(text)
    except ValueError as e:
        print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(round(inf) if False else "round(inf) raises", hash(inf), hash(-inf), hash(0.0), hash(-0.0))
try:
    round(nan)
except ValueError as e:
    print(e)
try:
    round(inf)
except OverflowError as e:
    print(e)
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())

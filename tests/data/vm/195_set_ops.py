# set operators |, &, -, ^ and in-place forms; mixing set and frozenset.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(c)
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, fa & b, type(fa - b).__name__)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
print(a.union([7], "x") == a | {7, "x"}, a > {1}, a >= a, {1} < a, a != b)
nums = set(range(20))
evens = {n for n in nums if n % 2 == 0}
threes = {n for n in nums if n % 3 == 0}
print(sorted(evens & threes), sorted(nums - evens - threes), len(evens | threes))
words = {"apple", "banana"}
print(sorted(words | {"cherry"}), "apple" in words, "APPLE".lower() in words)

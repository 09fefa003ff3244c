# Sorting and comprehensions: sort with key functions, tuples, reverse, sorted() of generators.
import random
def run(n):
    rng = random.Random(5)
    nums = [rng.randrange(1_000_000) for _ in range(n)]
    a = sorted(nums)
    b = sorted(nums, key=lambda x: (x % 1000, -x))
    recs = [(x % 97, str(x), x) for x in nums[: n // 2]]
    recs.sort()
    recs.sort(key=lambda r: r[1], reverse=True)
    words = sorted((str(x) for x in nums[: n // 4]), key=len)
    evens = [x for x in a if x % 2 == 0]
    grid = [[i * j for j in range(50)] for i in range(200)]
    return a[n // 2], b[:3], recs[0], words[-1], len(evens), sum(map(sum, grid))

print(run(150_000))

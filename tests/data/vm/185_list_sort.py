# sort and sorted: stability, key, reverse, mixed types error, sort during modification.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(e)
r = [3, 1, 2]
print(r.sort(), r)
nums = [3.5, -1, 2, 0, -2.5, 10]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, x)))
big = list(range(1000, 0, -7))
big.sort()
print(big[:5], big[-3:], len(big))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted(["b", "a"], key=None), sorted([]))

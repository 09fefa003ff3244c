# set methods: add/remove/discard/pop/update/intersection_update/... and errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, len(s), 2 in s, 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.update([5, 6], (7,))
print(s)
t = s.copy()
t.intersection_update({1, 2, 5, 100})
print(t)
t.difference_update({1})
print(t)
t.symmetric_difference_update({5, 9})
print(t)
print(s.union({100}), s.intersection([1, 2, 9]), s.difference({1, 2}), s.symmetric_difference({1, 50}))
print({1, 2}.issubset({1, 2, 3}), {1, 2}.issuperset({1}), {1}.isdisjoint({2}), {1, 2} <= {1, 2}, {1, 2} < {1, 2})
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    s.add({})
except TypeError as e:
    print(e)
s.clear()
print(s, set(), set("hello") == {"h", "e", "l", "o"}, set([1, 1, 2]))
print({1, 2} == {2, 1}, {1} == frozenset({1}), len(set(range(100))))

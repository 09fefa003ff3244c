import itertools as it
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 4)), list(islice(count(-2, -1), 3)))
print(list(islice(count(2**62, 2**61), 4)), list(islice(count(1j), 2)))
c = count(5); next(c); print(repr(c), repr(count(2**70, 2)), repr(count(1.0)), repr(count(1, 1.0)), repr(count(0, 2)), c.__reduce__(), count(1.0).__reduce__())
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
print(list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(None), 3)), repr(repeat('x', 2)), repr(repeat([])), repr(repeat(1, -5)))
r = repeat(7, 3); next(r); print(r.__length_hint__(), r.__reduce__(), repeat(object=1, times=2))
try: repeat(1).__length_hint__()
except TypeError as e: print(e)
for bad in ['count("a")', 'count(1, "a")', 'repeat()', 'repeat(1, "a")', 'repeat(1, 2, 3)', 'cycle()', 'cycle(1)', 'cycle([], x=1)', 'len(repeat(1))']:
    try: eval(bad)
    except TypeError as e: print(bad, '->', e)
class MyCount(count):
    pass
m = MyCount(3); m.tag = 'x'
print(repr(m), next(m), m.tag, isinstance(m, count), type(m).__name__)
print(count.__name__, count.__module__, count.__qualname__, type(count()).__name__)

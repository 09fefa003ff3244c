# itertools/map/filter subclasses: keywords pass through to a subclass's own __init__, are refused otherwise; PyArg_ParseTupleAndKeywords' total-count message.
from itertools import *
import operator
def isEven(x): return x % 2 == 0
testcases = [
    (repeat, (1, 2), [1, 1]), (zip, ([1, 2], 'ab'), [(1, 'a'), (2, 'b')]), (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]), (chain, ([1, 2], [3, 4]), [1, 2, 3]), (map, (str, [1, 2]), ['1', '2']),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]), (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isEven, [2, 3, 4]), [2]), (dropwhile, (isEven, [2, 3, 4]), [3, 4]), (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ('ABC', [1, 0, 1]), ['A', 'C']),
]
for cls, args, result in testcases:
    class subclass(cls):
        pass
    u = subclass(*args)
    print(cls.__name__, type(u) is subclass, list(islice(u, 0, 3)) == result)
    try:
        subclass(*args, newarg=3)
    except TypeError as e:
        print('  TypeError', e)
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print('  TypeError', e)
    if cls in [repeat, zip, compress]:
        continue
    class subclass_with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = subclass_with_init(*args, newarg=3)
    print('  init', type(u) is subclass_with_init, list(islice(u, 0, 3)) == result, u.newarg)
    class subclass_with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    u = subclass_with_new(*args, newarg=3)
    print('  new', type(u) is subclass_with_new, list(islice(u, 0, 3)) == result, u.newarg)

# array.array as a sequence: indexing, slicing, slice assignment and deletion
# (checked against list for every start/stop/step combination), comparisons,
# concatenation and repetition with their errors, iteration and the
# arrayiterator, repr.
import sys, operator
from array import array as A

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = A('i', range(10))
for k in [0, 9, -1, -10, 10, -11, True, 2**70, -2**70, 1.0, 'x', None]:
    t(lambda: a[k])
class Idx:
    def __index__(self): return 3
print(a[Idx()], a[Idx():], a[:Idx()])
indices = (0, None, 1, 3, 9, 19, 100, sys.maxsize, -1, -2, -9, -31, -100, -sys.maxsize - 1)
bad = 0
for start in indices:
    for stop in indices:
        for step in indices[1:] + (2, -3):
            if step == 0:
                continue
            arr = A('h', range(12))
            lst = list(range(12))
            if list(arr[start:stop:step]) != lst[start:stop:step]:
                bad += 1
            data = lst[start:stop:step]
            data.reverse()
            lst[start:stop:step] = data
            arr[start:stop:step] = A('h', data)
            if arr.tolist() != lst:
                bad += 1
            del lst[start:stop:step]
            del arr[start:stop:step]
            if arr.tolist() != lst:
                bad += 1
print('slice mismatches', bad)
t(lambda: a[::0])
t(lambda: a[slice(1, 2, 0)])

# slice assignment that resizes
for sl, new in [(slice(0, 1), [7, 8, 9]), (slice(2, 5), []), (slice(5, 2), [1, 1]), (slice(-2, None), [4]), (slice(100, None), [5, 6]),
                (slice(None, -100), [3]), (slice(None), []), (slice(1, 3), [0] * 6)]:
    x = A('b', range(8))
    lx = list(range(8))
    x[sl] = A('b', new)
    lx[sl] = new
    print(x.tolist() == lx, x)
x = A('i', range(5)); x[1:3] = x; print(x)
x = A('i', range(5)); x[::-1] = x; print(x)
x = A('i', range(5)); x[:] = x; print(x)
x = A('i', range(10)); x[::2] = A('i'); print(x)
x = A('i', range(10)); x[::-3] = A('i'); print(x)
x = A('i', range(10)); x[1::3] = A('i', [0, 0, 0]); print(x)
x = A('i', range(4))
t(lambda: x.__setitem__(slice(0, 1), [1]))
t(lambda: x.__setitem__(slice(0, 1), None))
t(lambda: x.__setitem__(slice(0, 0), A('d', [1.0])))
t(lambda: x.__setitem__(slice(None, None, 2), A('i', [9])))
t(lambda: x.__setitem__(slice(None, None, 2), A('i', [9, 9, 9])))
t(lambda: x.__setitem__('a', 1))
t(lambda: x.__setitem__(2**100, 1))
t(lambda: x.__setitem__(4, 1))
t(lambda: x.__setitem__(-5, 1))
t(lambda: x.__setitem__(0, 'x'))
t(lambda: x.__setitem__(0, 2**40))
t(lambda: x.__delitem__(4))
t(lambda: x.__delitem__(-5))
t(lambda: x.__delitem__('a'))
t(lambda: x.__delitem__(None))
t(lambda: x.__delitem__(2**100))
print(x)
x[0] = 100; x[-1] = -100; x[True] = 5; print(x)
del x[0]; del x[-1]; print(x)
del x[:]; print(x, len(x))

# comparisons
p = A('i', [1, 2, 3])
for q in [A('i', [1, 2, 3]), A('i', [1, 2]), A('i', [1, 2, 4]), A('i', [0, 9, 9, 9]), A('d', [1.0, 2.0, 3.0]), A('d', [1.0, 2.5]),
          A('b', [1, 2, 3, 0]), A('Q', [1, 2, 3]), A('i'), A('u', 'abc'), [1, 2, 3], (1, 2, 3), 42, None]:
    t(lambda: (p == q, p != q, p < q, p <= q, p > q, p >= q))
uu = A('u', 'abc')
for q in [A('u', 'abd'), A('u', 'ab'), A('u', 'abc')]:
    print(uu == q, uu < q, uu >= q)
t(lambda: A('u', 'a') < A('i', [1]))
t(lambda: A('i', [1]) < A('u', 'a'))
t(lambda: A('i', [1, 2]) < A('u', 'ab'))
n1, n2 = A('d', [float('nan')]), A('d', [float('nan')])
print(n1 == n2, n1 != n2, n1 < n2, n1 <= n2, n1 > n2, n1 >= n2, n1 == n1)
print(A('Q', [2**64 - 1]) > A('Q', [2**63]), A('q', [-2**63]) < A('q', [2**62]), A('L', [2**63]) > A('L', [1]), A('b', [-1]) < A('B', [255]))
print(sorted([A('i', [3]), A('i', [1, 2]), A('i', [1]), A('i')]))

# concatenation and repetition
t(lambda: A('i', [1]) + A('i', [2]))
t(lambda: A('i', [1]) + [1])
t(lambda: [1] + A('i', [1]))
t(lambda: A('i', [1]) + A('d', [1.0]))
t(lambda: A('i', [1]) + 'bad')
t(lambda: A('i', [1]).__add__('bad'))
t(lambda: A('i', [1]) * 3)
t(lambda: 3 * A('i', [1]))
t(lambda: A('i', [1, 2]) * 0)
t(lambda: A('i', [1, 2]) * -1)
t(lambda: A('i', [1]) * True)
t(lambda: A('i', [1]) * Idx())
t(lambda: A('i', [1]) * 'bad')
t(lambda: A('i', [1]) * 1.5)
t(lambda: A('i', [1]) * None)
t(lambda: 'bad' * A('i', [1]))
t(lambda: [0] * A('i', [1]))
t(lambda: A('i', [1]) * A('i', [1]))
t(lambda: A('i', [1, 2]) * 2**100)
t(lambda: A('i', []) * 2**100)
t(lambda: A('d', [1.0]) * (sys.maxsize // 3 + 1))
t(lambda: A('d', [1.0] * 10) * 2**40)
class RMul:
    def __rmul__(self, other): return 'rmul'
    def __radd__(self, other): return 'radd'
t(lambda: A('i', [1]) * RMul())
t(lambda: A('i', [1]) + RMul())
y = A('h', [1, 2]); z = y
y += A('h', [3]); print(y, y is z)
y *= 2; print(y, y is z)
y *= 0; print(y, y is z)
y += y; print(y)
y = A('h', [4]); y += y; y *= 3; print(y)
def iadd(v, w):
    v += w
    return v
def imul(v, w):
    v *= w
    return v
t(lambda: iadd(A('h', [1]), [1]))
t(lambda: iadd(A('h', [1]), A('i', [1])))
t(lambda: imul(A('h', [1]), 'x'))
t(lambda: imul(A('h', [1]), 2**100))
t(lambda: imul(A('h'), 2**100))
t(lambda: imul(A('d', [-1.0] * 65536), sys.maxsize // 65536 + 1))
t(lambda: operator.concat(A('b', [1]), A('b', [2])))

# iteration
it = iter(A('b', [1, 2, 3]))
print(type(it).__name__, type(it).__module__, type(it).__qualname__, iter(it) is it, next(it), list(it), list(it))
t(lambda: next(it))
t(lambda: type(it)())
t(lambda: it.__length_hint__())
arr = A('b', [1, 2])
ex = iter(arr)
em = iter(arr)
for _ in ex:
    next(em)
arr.append(3)
print(list(ex), list(em))
r = reversed(A('i', [1, 2, 3]))
print(type(r).__name__, list(r))
print(list(map(abs, A('b', [-1, 2]))), sum(A('d', [0.5, 1.5])), max(A('B', b'xyz')), sorted(A('h', [3, -1, 2])), dict.fromkeys(A('u', 'ab')))
print(list(enumerate(A('f', [0.1]))), *A('q', [2**62, -2**62]))
for v in A('I', [4000000000]):
    print(v)

# repr
for tc, init in [('b', [1, -1]), ('B', [255]), ('u', 'a\'b"c\\\n\x00é\U0001F600'), ('u', ''), ('f', [0.1, float('inf'), float('nan')]),
                 ('d', [1e300, -0.0]), ('Q', [2**64 - 1]), ('l', [-2**63])]:
    print(repr(A(tc, init)), str(A(tc, init)))
class MyArr(A):
    pass
print(repr(MyArr('i', [1])), repr(MyArr('u')), '%s|%r|{}'.format(MyArr('b', [2])) % (A('b'), A('b', [1])))

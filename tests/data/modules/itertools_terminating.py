import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)))
print(list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], func=None)))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain.from_iterable(['xy', [3]])), list(it.chain()), it.chain[int])
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])), list(it.compress(data='abc', selectors=[0, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: a, [[1, 2], 'ab'])))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice(range(100), 5, 50, 7)), list(it.islice('abc', None)), list(it.islice('abc', 10)), list(it.islice('abc', 2, 1)))
src = iter(range(10)); list(it.islice(src, 2, 4)); print(list(src))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [2, 3], [4, 5, 6])))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(it.takewhile(pred, [1, 2, 3, 4, 5])), calls)
for bad in ['it.islice([1])', 'it.islice([1], -1)', 'it.islice([1], -5)', 'it.islice([1], 1.5)', 'it.islice([1], 0, -1)', 'it.islice([1], 0, 1, 0)',
            'it.islice([1], "a", 2)', 'it.islice([1],1,2,3,4)', 'it.islice()', 'it.islice([1], stop=1)', 'it.accumulate()', 'it.compress([1])',
            'it.pairwise()', 'it.starmap(None)', 'it.zip_longest(1)', 'it.dropwhile(None)', 'it.takewhile()', 'it.filterfalse(None)',
            'it.zip_longest([1], fillvalue=2, x=1)', 'it.accumulate([1], x=2)', 'next(it.chain(1))', 'list(it.starmap(pow, [1]))']:
    try: print(bad, '->', eval(bad))
    except Exception as e: print(bad, '=>', type(e).__name__, e)

# itertools: count, cycle, repeat, chain, islice, accumulate, groupby, product, permutations, combinations, zip_longest, pairwise, takewhile, starmap.
from itertools import (count, cycle, repeat, chain, islice, accumulate, groupby, product, permutations,
                       combinations, combinations_with_replacement, zip_longest, pairwise, takewhile, dropwhile, starmap, tee, compress, filterfalse)
import operator
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(chain([1], (2, 3), "x")), list(chain.from_iterable([[1, 2], [3]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([5, 1, 7], max, initial=0)))
print([(k, list(g)) for k, g in groupby("aaabccaa")], [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations("abc", 2)), list(combinations(range(4), 3)), list(combinations_with_replacement("ab", 2)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(pairwise([1, 2, 3, 4])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(None, [0, 1, 0, 2])))
a, b = tee([1, 2, 3])
print(list(a), list(b))

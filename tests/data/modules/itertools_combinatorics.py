import itertools as it
print(list(it.product('ab', range(3))), list(it.product(repeat=0)), list(it.product([1, 2], repeat=2)), list(it.product('ab', [])))
print(len(list(it.product(range(3), range(4), range(2), repeat=2))), list(it.product()))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))), list(it.permutations([], 0)), list(it.permutations('ab', 3)), list(it.permutations('a', 0)))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 0)), list(it.combinations('ab', 5)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement('a', 3)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.combinations(iterable=[1, 2, 3], r=2)), list(it.permutations(iterable='xy', r=None)))
for bad in ['it.permutations([1], -1)', 'it.combinations([1])', 'it.combinations([1], -1)', 'it.product([1], repeat=-1)', 'it.product([1], x=1)',
            'it.combinations_with_replacement("a", -1)', 'it.product(1)', 'it.permutations(5)']:
    try: print(bad, '->', eval(bad))
    except Exception as e: print(bad, '=>', type(e).__name__, e)

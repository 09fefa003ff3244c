# A StopIteration escaping a generator becomes RuntimeError, with the cause shown.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

def safe_first(iterables):
    for it in iterables:
        yield next(iter(it), None)

print(list(safe_first([[1], []])))
print(list(first_items([[1], [2, 3]])))
print(list(first_items([[1], []])))

# Pickling builtin methods and method descriptors (descr_reduce, meth_reduce) and their qualnames.
import pickle, copy
print(str.maketrans.__qualname__, dict.fromkeys.__qualname__, 'abc'.index.__qualname__, [].append.__qualname__, len.__qualname__)
print(str.index.__reduce__()[1], 'abc'.index.__reduce__()[1], [].__len__.__reduce__()[1], len.__reduce__(), str.maketrans.__reduce__()[1], dict.fromkeys.__reduce__()[1])
for obj in [str.index, 'abc'.index, [1, 2].__len__, {1}.__contains__, len, str.maketrans, dict.fromkeys, int.from_bytes, bytes.maketrans, list.append]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        x = pickle.loads(pickle.dumps(obj, proto))
    print(repr(x).split(' at ')[0].replace("method-wrapper '__len__'", 'built-in method __len__'), x == obj or x.__qualname__ == obj.__qualname__)
print(pickle.loads(pickle.dumps([1, 2].__len__))(), copy.deepcopy(str.upper)('a'))

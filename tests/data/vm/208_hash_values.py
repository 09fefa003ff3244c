# hash() of ints, floats, strings, bytes, tuples, frozensets (deterministic with PYTHONHASHSEED=0).
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 70), 10 ** 20, 123456789]:
    print("int", v, hash(v))
for v in [0.0, 0.5, -0.5, 1.5, 1e100, 3.14159, 1e-300, 2.0 ** 70, 123.456]:
    print("float", v, hash(v))
for v in ["", "a", "abc", "hello world", "é", "日本語", "😀", "a" * 100]:
    print("str", repr(v), hash(v))
for v in [b"", b"a", b"abc", bytes(range(20))]:
    print("bytes", v, hash(v))
for v in [(), (1,), (1, 2), ("a", 1.5), ((1, 2), (3,)), (False, True)]:
    print("tuple", v, hash(v))
print(hash(None) == hash(None), hash(True), hash(False), hash(1.0) == hash(1), hash(-1) == hash(-2))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})))
print(hash(1 + 2j), hash(complex(0, 1)), hash(range(5)) == hash(range(0, 5)))
print(hash(float("inf")), hash(float("-inf")))

# find-family argument checks on str, bytes and bytearray (PyArg_ParseTuple's messages, the keyword check first).
for o in ['abc', b'abc', bytearray(b'abc')]:
    a = o[:1]
    calls = [lambda: o.find(), lambda: o.find(a, 1, 2, 3), lambda: o.find(x=a), lambda: o.rfind(), lambda: o.rfind(a, 1, 2, 3),
             lambda: o.index(), lambda: o.index(a, 1, 2, 3), lambda: o.rindex(a, x=1), lambda: o.count(), lambda: o.count(a, 1, 2, 3),
             lambda: o.startswith(), lambda: o.startswith(a, 1, 2, 3), lambda: o.endswith(prefix=a), lambda: o.endswith(a, 1, 2, 3)]
    for c in calls:
        try:
            c()
        except TypeError as e:
            print(type(o).__name__, e)
    print(o.find(a, 0, 3), o.rfind(a), o.index(a), o.count(a, 0), o.startswith(a, 0, 2), o.endswith(o[-1:], 1))

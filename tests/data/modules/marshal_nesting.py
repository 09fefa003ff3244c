# Nested containers through marshal: keys of nested tuples/frozensets stay small (no blow-up with depth),
# and nesting past marshal's limit is its ValueError.
import marshal
for n in [1, 2, 30, 100, 1000]:
    for data in [b')\x01' * n + b'N', b'{N' * n + b'N' + b'0' * n, b'>\x01\x00\x00\x00' * n + b'N',
                 b'[\x01\x00\x00\x00' * n + b'N']:
        v = marshal.loads(data)
        # (dumps of a deep frozenset is exponential in python3 itself: only the shallow ones)
        print(n, type(v).__name__, n > 100 or n > 2 and type(v) is frozenset or marshal.loads(marshal.dumps(v)) == v)
for data in [b'{N' * 5000 + b'N' + b'0' * 5000, b'[\x01\x00\x00\x00' * 5000 + b'N']:
    try:
        marshal.loads(data)
    except ValueError as e:
        print('ValueError', e)
fs = frozenset({(1, 2), (1.0, 2), frozenset({(True,)}), frozenset({(1,)}), ((1,),), ((1.0,),)})
print(len(fs), marshal.loads(marshal.dumps(fs)) == fs)
t = ((('a,b', '\\'), ('a', 'b,\\')), 'x')
print(marshal.loads(marshal.dumps(t)) == t, len({('a,', 'b'), ('a', ',b'), ('a\\', ',b'), ('a\\,', 'b')}))

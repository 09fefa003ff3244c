import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
data = [b'', b'abc', b'a' * 200, bytes(range(256)) * 3]
for d in data:
    for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
                 _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
        h = ctor(d)
        print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
    for x in [_sha3.shake_128, _sha3.shake_256]:
        print(x(d).name, x(d).hexdigest(20), len(x(d).digest(33)))
h = _sha256.sha256(b'ab'); c = h.copy(); h.update(b'c'); print(h.hexdigest() == _sha256.sha256(b'abc').hexdigest(), c.hexdigest() == _sha256.sha256(b'ab').hexdigest())
for kw in [dict(digest_size=16), dict(key=b'secret'), dict(salt=b'salty'), dict(person=b'me'), dict(key=b'k' * 32, digest_size=20, salt=b'x', person=b'y'),
           dict(fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=32, last_node=True)]:
    print(kw, _blake2.blake2b(b'message', **kw).hexdigest(), _blake2.blake2s(b'message', **{k: (v[:8] if isinstance(v, bytes) and k in ('salt', 'person') else v) for k, v in kw.items() if not (k == 'inner_size')}).hexdigest())
b = _blake2.blake2b(key=b'k'); b.update(b'x' * 300); b2 = b.copy(); b2.update(b'y'); print(b.hexdigest()[:20], b2.hexdigest()[:20])
print(_blake2.blake2b(b'x' * 128).hexdigest()[:20], _blake2.blake2s(b'x' * 64).hexdigest()[:20], _blake2.blake2b(key=b'k').hexdigest()[:20])
for bad in [dict(digest_size=0), dict(digest_size=65), dict(salt=b'x' * 17), dict(key=b'k' * 65), dict(depth=0)]:
    try: _blake2.blake2b(**bad)
    except ValueError as e: print(e)
try: _md5.md5('str')
except TypeError as e: print(e)
print(type(_md5.md5()), type(_sha3.sha3_256()), _blake2.blake2b.SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)

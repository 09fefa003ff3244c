import binascii as b
samples = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\x00\xff' * 40, 'héllo wörld'.encode()]
for s in samples:
    e = b.b2a_base64(s)
    print(e[:60], b.a2b_base64(e) == s, b.b2a_base64(s, newline=False)[-3:])
    h = b.hexlify(s)
    print(h[:40], b.unhexlify(h) == s, b.a2b_hex(h.decode()) == s)
    print(b.crc32(s), b.crc32(s, 12345), b.crc_hqx(s, 0), b.crc_hqx(s, 0xffff))
print(b.hexlify(b'\x01\x02\x03\x04\x05', '-'), b.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), b.b2a_hex(b'abc', ' ', -2))
print(b.a2b_base64(b'YW Jj\nZA=='), b.a2b_base64('YWJjZA'+'=='), b.a2b_base64(b'YWJjZA==junk'), b.a2b_base64(b'!!YWI='))
for bad in [b'YWJ', b'Y', b'YWJjZ', b'YQ=']:
    try: print(b.a2b_base64(bad))
    except b.Error as e: print('Error', e)
for bad in [b'=YWJj', b'YW=Jj', b'YWJj=', b'YWJjZA==x', b'YW!J']:
    try: print(b.a2b_base64(bad, strict_mode=True))
    except b.Error as e: print('strict Error', e)
for bad in [b'abc', b'zz', 'é']:
    try: print(b.unhexlify(bad))
    except (b.Error, ValueError) as e: print(type(e).__name__, e)
print(issubclass(b.Error, ValueError), b.Error.__module__, b.Incomplete.__mro__[1])
for s in [b'', b'a', b'ab', b'abc', b'hello world', bytes(range(45))]:
    u = b.b2a_uu(s)
    print(u, b.a2b_uu(u) == s, b.b2a_uu(s, backtick=True))
print(b.a2b_uu(b''), b.a2b_uu(b'#86)C\n'), b.a2b_uu(b'#86)C   \n'))
try: b.b2a_uu(b'x' * 46)
except b.Error as e: print(e)
try: b.a2b_uu(b'#86)C!!!!')
except b.Error as e: print(e)
qp_in = [b'hello world', b'a=b', b'tab\there ', b'line1\nline2 \nend', b'crlf\r\nline\r\n', 'é'.encode(), b'x' * 100, b'.\n', b'_under score_', b'\x00\x01']
for s in qp_in:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        q = b.b2a_qp(s, **kw)
        print(kw, q, b.a2b_qp(q, header=kw.get('header', False)) == s)
print(b.a2b_qp(b'a=3Db=\nc=3d==x=zz'), b.a2b_qp(b'a_b', header=True), b.a2b_qp('=41=42'))
try: b.b2a_base64('str')
except TypeError as e: print(e)
try: b.crc32('str')
except TypeError as e: print(e)
print(b.crc32(b'abc', -1), b.crc32(b'abc', 2**40 + 5))

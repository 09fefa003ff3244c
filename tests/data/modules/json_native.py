import json, json.decoder, json.encoder
print(json.decoder.c_scanstring, json.encoder.c_make_encoder, json.scanner.c_make_scanner)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "b": {"c": NaN}, "d": -Infinity}'))
print(json.dumps({'a': [1, 2.5, None, True], 'é': 'ü😀', 3: 4, 1.5: 'f', None: 0, False: 1}))
print(json.dumps({'a': [1, 2.5, None, True], 'é': 'ü😀'}, ensure_ascii=False, sort_keys=True))
print(json.dumps([1, 'two', {'3': 4}], separators=(',', ':')))
for bad in ['[1,', '{"a" 1}', '{"a": 1 "b"}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '{', '', '{1: 2}', 'tru', '"a\nb"', '[1,]', '😀[1, x]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e, e.pos, e.lineno, e.colno)
print(json.loads('"a\nb"', strict=False))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.dumps(float('inf')), json.dumps(1e100), json.dumps(0.1), json.dumps(10**30))
class C: pass
try:
    json.dumps(C())
except TypeError as e:
    print(e)
print(json.dumps(C(), default=lambda o: 'C!'))
import enum
class E(enum.IntEnum):
    A = 3
print(json.dumps([E.A, {E.A: 1}]))
print(json.encoder.encode_basestring_ascii('a"\\\n\x01é😀'), json.encoder.encode_basestring('a"\\\n\x01é😀'))
print(json.decoder.scanstring('"abc" rest', 1), json.decoder.scanstring('x😀"abc\\u00e9"', 3))
print(json.loads('  [1]  '), json.JSONDecoder().raw_decode('[1] x'))
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print(e)
print(json.dumps({'a': 1}, indent=2))

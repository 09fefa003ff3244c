import re
tests = [
    (r'a+', 'caaat'), (r'(a)(b)?', 'ac'), (r'(?P<w>\w+)\s(?P<n>\d+)', 'abc 123 x'), (r'^\s*#', '  # c'), (r'colou?r', 'my color'),
    (r'[A-Z][a-z]+', 'hello World'), (r'\bfoo\b', 'a foo b'), (r'(\d+)-(\d+)', 'tel 555-1234'), (r'(?i)HeLLo', 'say hello'),
    (r'x*', 'abc'), (r'(ab)*c', 'ababc'), (r'(a|b)*?c', 'abac'), (r'(?=a)a', 'a'), (r'(?<=x)y', 'xy'), (r'(?<!x)y', 'zy'), (r'(?!b)\w', 'ba'),
    (r'(a)\1', 'aa'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'), (r'(a)?(?(1)b|c)', 'ab'), (r'.', '\n'), (r'(?s).', '\n'),
    (r'^b', 'a\nb'), (r'(?m)^b', 'a\nb'), (r'a$', 'a\n'), (r'a\Z', 'a\n'), (r'[^abc]+', 'abcdef'), (r'[\d\s]+', 'x 12 3y'), (r'\W+', 'ab, cd'),
    (r'(?>a+)b', 'aaab'), (r'a++b', 'aab'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'(?x) a \s b  # comment', 'a b'), (r'é+', 'ééé'),
    (r'[à-ÿ]+', 'çàé'), (r'(?i)straße', 'STRASSE'), (r'(?i)[a-z]+', 'ABC'), (r'\d+', '٣٤'), (r'(?a)\d+', '٣4'), (r'😀+', 'x😀😀y'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and (m.group(), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(a)|b', 'ab'), re.findall('', 'ab'))
print([m.span() for m in re.finditer(r'\w+', 'hi there you')], [m.span() for m in re.finditer(r'x*', 'axbx')])
print(re.sub(r'\d', '#', 'a1b2'), re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub('x*', '-', 'abxd'), re.sub(r'a', lambda m: m.group().upper(), 'banana'))
print(re.subn(r'a', 'o', 'banana', count=2), re.sub(r'(?P<x>b)', r'[\g<x>]', 'abc'), re.sub(b'a', b'b', b'aaa'))
print(re.split(r'\s+', 'a b  c'), re.split(r'(,)', 'a,b'), re.split(r'x*', 'axbc'), re.split(r'\d', 'a1b2c', maxsplit=1))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.match(r'a', 'ba'), re.match(r'b', 'ba', ) )
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)', re.I)
m = p.match('Jane Doe more')
print(repr(p), p.groups, p.groupindex, p.pattern, p.flags, m.expand(r'\g<last>, \1'), m['first'], m.start(2), m.end('last'), m.regs)
print(repr(m), m.string, m.re is p, m.pos, m.endpos, re.compile(b'x'), re.compile('x', re.A | re.M), p.search('zz Ann Bo', 3))
print(re.escape('a.b*c'), re.compile('a').sub('', 'banana'), re.match(r'(a)(b)', 'ab').group(0, 1, 2))
for bad in [r'(', r'a{2,1}', r'(?P<1>x)', r'\2(a)', '[b-a]']:
    try: re.compile(bad)
    except re.error as e: print('error', e)
try: re.match('a', b'a')
except TypeError as e: print(e)
try: re.match('(a)', 'a').group(5)
except IndexError as e: print(e)
sc = re.compile(r'\d').scanner('a1b2'); print(sc.search().group(), sc.search().group(), sc.search())
print(re.sub(r'(a)(?:x)?', r'\1\1', 'aax'), len(re.findall(r'\w+', 'word ' * 2000)), bool(re.match(r'(?:a|b)*c', 'ab' * 500 + 'c')))

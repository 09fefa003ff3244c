import re
tests = [(r'a(?>bc|b)c', 'abc'), (r'a(?>bc|b)c', 'abcc'), (r'(?>.*).', 'abc'), (r'(?>x)++', 'xxx'), (r'(?>x++)', 'xxx'), (r'(?>x)++x', 'xxx'), (r'(?>x++)x', 'xxx'),
         (r'e*+e', 'eeee'), (r'e++a', 'eeea'), (r'e?+e', 'ee'), (r'(?:ab)*+ab', 'ababab'), (r'x{1,3}+x', 'xxx'), (r'(ab)++c', 'ababc')]
for p, s in tests:
    m = re.match(p, s)
    print(p, s, m and m.span())
for p, s in [(r'a++', 'aaa'), (r'a*+', 'aab'), (r'(?:ab)++', 'abab'), (r'a?+', 'a'), (r'a{1,2}+', 'aa')]:
    m = re.fullmatch(p, s)
    print('full', p, s, m and m.span())
for p, s in [(r"\b(abc)\b", "abc"), (r"\B", ""), (r"\b", ""), (r"\B(abc)\B", "abc"), (r"\b", "a"), (r"\B", "a"), (r"^\B$", ""), (r"\b\w+\b", " ab ")]:
    print('bound', repr(p), repr(s), re.search(p, s) and re.search(p, s).span(), re.findall(p, s))
m = re.match('(a)(b)', 'ab')
for g in [0, 1, 2, '0', 3, -1, 2**70, 1.0]:
    try:
        print(g, m.group(g))
    except (IndexError, TypeError) as e:
        print(g, type(e).__name__, e)

import _string
for s in ['a{0}b{x!r:>{w}}c{{d}}e{}', '', 'plain', '{{}}', '}}{{', '{0.attr[key]!s:^10}', 'x{a[}]}y', '{:{}{}}', '€{0}😀{1:😀^5}']:
    print(repr(s), list(_string.formatter_parser(s)))
for bad in ['{', '}', 'a{0', '{0!}', '{0!rr}', '{0[}', 'x}y', '{a{b}', '{0!', '{:{']:
    try: print(list(_string.formatter_parser(bad)))
    except ValueError as e: print(repr(bad), e)
for name in ['a.b[0].c', '0[x]', '12.x[3]', '', '[0]', 'x[1][2].y', 'name']:
    k, it = _string.formatter_field_name_split(name)
    print(repr(name), repr(k), list(it))
for bad in ['a[', 'a[]', 'a.', 'a[0]b', '9' * 30]:
    try: k, i = _string.formatter_field_name_split(bad); print(repr(k), list(i))
    except ValueError as e: print(repr(bad), e)

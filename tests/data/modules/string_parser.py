import _string
def t(fn, *a):
    try: print(repr(fn(*a)))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', '{}', '{0}{1}', 'a{b.c[0]!r:>{w}}d', '{{}}', '}}x{{', '{', '}', 'a{', '{!}', '{a!', '{a!x}', '{a:{b}}', '{a[}', '{0[0}', '{:', 'x{!r}', '{a!rr}', '\U0001f600{0}', '{a.b.c[1][x]}']:
    t(lambda s: list(_string.formatter_parser(s)), s)
for s in ['a', 'a.b', 'a[0]', '0.x', '0[1].y[z]', '', '.a', '[0]', 'a[', 'a]', 'a.', 'a[]', 'a..b', 'a[0]x', '12', '-1']:
    t(lambda s: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(s)), s)
t(_string.formatter_parser, 5)
t(_string.formatter_field_name_split, 5)
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('a')[1]).__name__)

import csv, _csv, io
tests = [dict(delimiter=None), dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar=None), dict(quotechar=''), dict(quotechar=1),
         dict(escapechar=''), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=None), dict(lineterminator=1), dict(quoting=9), dict(quoting='1'),
         dict(quoting=csv.QUOTE_NONE, quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter='"'), dict(escapechar='"'), dict(delimiter=' ', skipinitialspace=True),
         dict(doublequote=None), dict(strict=[]), dict(bogus=1), dict(lineterminator='')]
for kw in tests:
    try:
        d = _csv.Dialect(**kw)
        print(kw, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(kw, type(e).__name__, e)
for data in [['a,b\x00c'], ['"a\nb'], ['a"b",c'], ['"ab"c,d'], ['a,b\r', 'c'], ['a\rb'], [b'x'], ['"abc'], ['a,b\n', 'c,d\n'], ['"a\r\nb",c\r\n'], [' a, "b"'], ['1,2.5,"x"'], ['é,😀,"a""b"'], ['a\\,b,c'], ['"x\\"y",z']]:
    for strict in (False, True):
        try:
            r = csv.reader(data, strict=strict, skipinitialspace=True, escapechar='\\')
            print(repr(data), strict, list(r), r.line_num)
        except Exception as e:
            print(repr(data), strict, type(e).__name__, e)
print(list(csv.reader(['1,2.5,"x"', ' 3 ,"y"'], quoting=csv.QUOTE_NONNUMERIC)))
try: list(csv.reader(['a,b'], quoting=csv.QUOTE_NONNUMERIC))
except Exception as e: print(type(e).__name__, e)
for row, kw in [([1, 2.5, None, 'a,b', 'q"x', 'l\nm', ''], {}), ([''], {}), ([''], dict(quoting=csv.QUOTE_NONE)), ([], {}), (['a,b'], dict(quoting=csv.QUOTE_NONE)),
                (['a,b', 'c"d'], dict(quoting=csv.QUOTE_NONE, escapechar='\\')), ([1, 'x', 2.0, True, None], dict(quoting=csv.QUOTE_NONNUMERIC)),
                (['a', 'b'], dict(quoting=csv.QUOTE_ALL)), (['q"x'], dict(doublequote=False, escapechar='\\')), (['q"x'], dict(doublequote=False)), (5, {}),
                (['a\\b'], dict(escapechar='\\')), ([' x'], dict(delimiter=' ')), (['a b', ''], dict(delimiter=' ', skipinitialspace=True)), (['😀,x'], {})]:
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw); w.writerow(row); print(repr(row), kw, repr(s.getvalue()))
    except Exception as e:
        print(repr(row), kw, type(e).__name__, e)
try: csv.writer(1)
except Exception as e: print(type(e).__name__, e)
try: csv.reader(1)
except Exception as e: print(type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try: list(csv.reader(['a' * 11]))
except Exception as e: print(type(e).__name__, e)
csv.field_size_limit(131072)
try: csv.field_size_limit('x')
except Exception as e: print(type(e).__name__, e)
print(sorted(csv.list_dialects()), csv.get_dialect('excel').delimiter)
try: csv.get_dialect('nope')
except Exception as e: print(type(e).__name__, e)
try: csv.unregister_dialect('nope')
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect(1)
except Exception as e: print(type(e).__name__, e)
print(_csv.Dialect, type(csv.reader([])), type(csv.writer(io.StringIO())), _csv.__version__, _csv.Error.__mro__)
r = csv.reader([]); print(r.dialect.delimiter, r.line_num)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b'], dialect='pipes')
w.writeheader(); w.writerows([{'a': 1, 'b': 'x|y'}, {'a': 2}])
print(repr(s.getvalue()))
print(list(csv.DictReader(io.StringIO(s.getvalue()), dialect='pipes')))
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter, csv.Sniffer().has_header('name,age\nbob,3\n'))
class MyDialect(csv.Dialect):
    delimiter = ':'; quotechar = "'"; doublequote = True; skipinitialspace = False; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a:'b:c'"], MyDialect)))

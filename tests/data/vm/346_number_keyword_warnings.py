import warnings
for src in ['0xfor x in []', '1if 1 else 2', '0o7and 1', '1.5else 1', '1jor 2', '[0xffor x in ()]', '1in []', '0b1not in []', '1is 1']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'eval')
            print(repr(src), [(x.category.__name__, str(x.message)) for x in w])
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<s>', 'eval')
            print(repr(src), 'compiled')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e, e.offset)

# A SyntaxError built by hand: its fields decide the report (multi-line spans
# highlight to the end of the first line; leading whitespace is stripped).
class Custom(SyntaxError):
    pass
try:
    raise SyntaxError("made up", ("made.py", 3, 5, "    foo bar baz\n", 4, 2))
except SyntaxError as e:
    print(e, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
raise Custom("subclass", ("sub.py", 7, 3, "  abc def", 7, 8))

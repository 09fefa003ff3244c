# unicodedata's argument checks (Argument Clinic's counts and messages) before the functions read their arguments.
import unicodedata as u
for n in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition', 'name', 'lookup',
          'decimal', 'digit', 'numeric', 'normalize', 'is_normalized']:
    for a in [(), ('a', 'b', 'c', 'd')]:
        try:
            getattr(u, n)(*a)
        except (TypeError, ValueError, KeyError) as e:
            print(n, len(a), type(e).__name__, e)
print(u.category('a'), u.name('a'), u.digit('x', -1), u.normalize('NFC', 'e\u0301') == '\xe9', u.lookup('LATIN SMALL LETTER A'))

# Native methods' argument counts as CPython's METH_NOARGS/METH_O (generated table) and deque's own checks.
from collections import deque
d = deque([1, 2, 3])
for name in ['append', 'appendleft', 'clear', 'copy', 'count', 'extend', 'extendleft', 'index', 'insert', 'pop', 'popleft', 'remove', 'reverse', 'rotate', '__contains__', '__copy__', '__reduce__', '__reversed__', '__len__']:
    m = getattr(d, name)
    out = []
    for args in [(), (1, 2, 3, 4), ('x',)]:
        try:
            r = m(*args); out.append('ok')
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    print(name, ' | '.join(out))
    d = deque([1, 2, 3])
for f in [lambda: deque().index(1, x=1), lambda: deque([1]).insert(0, 1, x=2), lambda: deque().rotate(x=1), lambda: deque([1]).append(x=1), lambda: [].append(x=1), lambda: [].clear(1), lambda: 'a'.join(), lambda: {}.copy(1), lambda: (1).bit_length(2), lambda: set().add(), lambda: b''.hex(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print(e)

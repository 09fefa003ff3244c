import _symtable
src = '''
x = 1
def f(a, *args, b=2, **kw):
    global x
    y = [z for z in a]
    def g():
        nonlocal y
        return y + a
    return g
class C(object):
    attr: int = 3
    def m(self):
        return __class__
import os.path as p
lambda q: q
'''
def show(t, depth=0):
    print('  ' * depth, t.name, t.type, t.lineno, t.nested, sorted(t.symbols.items()), t.varnames)
    for c in t.children:
        show(c, depth + 1)
show(_symtable.symtable(src, '<s>', 'exec'))
show(_symtable.symtable('a + b', '<e>', 'eval'))
show(_symtable.symtable(b'[y for y in z]', '<b>', 'single'))
try: _symtable.symtable('def f(:', '<s>', 'exec')
except SyntaxError as e: print('SyntaxError', e)
try: _symtable.symtable('x', '<s>', 'bad')
except ValueError as e: print(e)
try: _symtable.symtable('nonlocal x', '<s>', 'exec')
except SyntaxError as e: print('SyntaxError', e)
print(_symtable.DEF_LOCAL, _symtable.SCOPE_OFF, _symtable.CELL, _symtable.TYPE_CLASS)

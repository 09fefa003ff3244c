g = {}
exec("x = 1 + 2\ndef f(a): return a * x", g)
print(g['x'], g['f'](5), sorted(k for k in g if k != '__builtins__'))
print(eval("  x * 10", g), eval("len('abc')"))
y = 7
print(eval("y + 1"))
def h():
    z = 3
    return eval("z + y")
print(h())
code = compile("print('compiled', 40 + 2)", "<mine>", "exec")
exec(code)
print(type(code).__name__, code.co_filename)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), str(e))
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(e)
ns = {}
exec("import sys\nr = sys.maxsize > 0", ns)
print(ns['r'])
compile("x", "f", "nope")

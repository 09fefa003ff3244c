import ast
src = '''
def f(a, b=2, *args, c, **kw):
    """doc"""
    x = [i * 2 for i in range(a) if i % 2]
    return {k: v for k, v in kw.items()}, lambda y: y + b
class C(Base, metaclass=M):
    @decorator
    async def m(self):
        async with ctx as v:
            await v
match p:
    case [1, *rest] if rest: pass
    case {'k': v, **kw}: pass
try:
    pass
except* ValueError as eg:
    raise
'''
tree = ast.parse(src)
print(ast.dump(tree)[:600])
print(ast.dump(ast.parse('x = 1 + 2 * 3', mode='exec'), include_attributes=True)[:300])
print(ast.dump(ast.parse('a if b else c', mode='eval'), indent=2))
print(ast.unparse(tree))
for s in ['1', '-2.5', "'s'", "b'x'", '[1, (2, 3), {4: 5}]', '{1, 2}', 'None', 'True', '1+2j', '()', 'set()']:
    print(s, repr(ast.literal_eval(s)))
for bad in ['x', '1 + y', 'f()', '[1, a]']:
    try: ast.literal_eval(bad)
    except ValueError as e: print('ValueError', str(e).split(' object at ')[0])
print([type(n).__name__ for n in ast.walk(ast.parse('a.b(c)'))])
class V(ast.NodeVisitor):
    def visit_Name(self, node): print('Name', node.id, node.lineno, node.col_offset)
V().visit(ast.parse('x + y * z'))
class T(ast.NodeTransformer):
    def visit_Constant(self, node): return ast.Constant(node.value * 10)
t = ast.fix_missing_locations(T().visit(ast.parse('print(1 + 2)')))
exec(compile(t, '<t>', 'exec'))
print(ast.unparse(t), ast.Constant(5).n, ast.Num(3).__class__.__name__, isinstance(ast.Num(3), ast.Num))
e = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))
print(ast.increment_lineno(ast.parse('x'), 3).body[0].lineno, ast.copy_location(ast.Name('q'), tree.body[0]).lineno)

import _ast
t = compile("x = 1 + 2\nprint(x)\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(t), type(t).__mro__)
print(t.body[0].targets[0].id, type(t.body[0].value.op).__name__, t.body[0].lineno, t.body[0].end_col_offset)
print(t.body[0].value.left.value, t.body[0].value.left.kind)
code = compile(t, "<ast>", "exec")
exec(code)
e = compile("a if b else c", "<s>", "eval", _ast.PyCF_ONLY_AST)
print(type(e).__name__, type(e.body).__name__)
print(_ast.Return.value, _ast.expr.end_lineno, _ast.Return._fields, _ast.stmt._attributes)
print(_ast.Name('x').__reduce__())
print(_ast.Load().__reduce__())
try: _ast.Return(1, 2)
except TypeError as ex: print(ex)
m = _ast.Module([_ast.Expr(_ast.Constant(42))], [])
try: compile(m, "<m>", "exec")
except TypeError as ex: print("TE", ex)
m = _ast.Module([_ast.Expr(_ast.Constant(42, lineno=1, col_offset=0), lineno=1, col_offset=0)], [])
try: compile(m, "<m>", "exec")
except Exception as ex: print(type(ex).__name__, ex)
m = _ast.Module([_ast.Expr(_ast.Call(_ast.Name('print', _ast.Load(), lineno=1, col_offset=0), [_ast.Constant([1], lineno=1, col_offset=0)], [], lineno=1, col_offset=0), lineno=1, col_offset=0)], [])
try: compile(m, "<m>", "exec")
except Exception as ex: print(type(ex).__name__, ex)
m = _ast.Module([_ast.Expr(_ast.Call(_ast.Name('print', _ast.Load(), lineno=1, col_offset=0), [_ast.Constant((1, 'a', b'x', None, ...), lineno=1, col_offset=0)], [], lineno=1, col_offset=0), lineno=1, col_offset=0)], [])
exec(compile(m, "<m>", "exec"))
for bad in [_ast.Module([_ast.Assign([], _ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Expr(_ast.Name('None', _ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Assign([_ast.Name('x', _ast.Load(), lineno=1, col_offset=0)], _ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
            _ast.Module([_ast.If(_ast.Constant(1, lineno=1, col_offset=0), [], [], lineno=1, col_offset=0)], []),
            _ast.Module(_ast.Pass(), []),
            _ast.Module([_ast.Pass(lineno=1, col_offset=0), None], []),
            _ast.Module([1], []),
            _ast.Expression(_ast.Name(1, _ast.Load(), lineno=1, col_offset=0)),
            _ast.Module([_ast.Expr(_ast.BinOp(None, _ast.Add(), _ast.Constant(1), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
            ]:
    try: print(compile(bad, "<b>", "exec"))
    except Exception as ex: print(type(ex).__name__, ex)
try: compile(_ast.Expression(_ast.Constant(1)), "<b>", "exec")
except Exception as ex: print(type(ex).__name__, ex)
try: compile(compile('1','','eval'), "<b>", "eval")
except Exception as ex: print(type(ex).__name__, ex)
t = compile("match x:\n case [1, *r] if r: pass\n case {'a': 1, **kw}: pass\n case C(1, b=2) | D(): pass\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
exec(compile(t, "<m>", "exec"), {'x': [1, 2], 'C': int, 'D': str})
print(t.body[0].cases[0].pattern.patterns[1].name)
print(_ast.AST().__dict__, _ast.Name.__doc__, _ast.arguments.__doc__)
print(sorted(k for k in dir(_ast) if not k.startswith('__'))[:10], len(dir(_ast)))
# Shared context/operator instances, as CPython's ast2obj gives.
a = compile("x + y - z", "<s>", "eval", _ast.PyCF_ONLY_AST)
print(a.body.op is compile("q + 1", "<s>", "eval", _ast.PyCF_ONLY_AST).body.op, a.body.left.left.ctx is a.body.right.ctx)
# Subclassing the node classes, the constructor's keyword arguments.
class MyName(_ast.Name):
    pass
n = MyName(id='v', ctx=_ast.Load(), lineno=1, col_offset=0)
print(type(n).__mro__[1:3], n.id, isinstance(n, _ast.expr))
tree = _ast.Expression(body=_ast.BinOp(left=n, op=_ast.Mult(), right=_ast.Constant(value=3, lineno=1, col_offset=0), lineno=1, col_offset=0))
print(eval(compile(tree, "<t>", "eval"), {'v': 14}))
# Types of fields: identifier, int, list.
for bad in [_ast.Expression(_ast.Name(b'x', _ast.Load(), lineno=1, col_offset=0)),
            _ast.Module([_ast.ImportFrom('m', [_ast.alias('a')], 'x', lineno=1, col_offset=0)], []),
            _ast.Module([_ast.ImportFrom('m', [_ast.alias('a', lineno=1, col_offset=0)], -1, lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Global([], lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Try([_ast.Pass(lineno=1, col_offset=0)], [], [], [], lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Raise(None, _ast.Name('x', _ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
            _ast.Module([_ast.Delete([_ast.Name('x', _ast.Store(), lineno=1, col_offset=0)], lineno=1, col_offset=0)], []),
            _ast.Module([_ast.AnnAssign(_ast.Attribute(_ast.Name('x', _ast.Load(), lineno=1, col_offset=0), 'y', _ast.Store(), lineno=1, col_offset=0), _ast.Name('int', _ast.Load(), lineno=1, col_offset=0), None, 1, lineno=1, col_offset=0)], []),
            _ast.Expression(_ast.BoolOp(_ast.And(), [_ast.Constant(1, lineno=1, col_offset=0)], lineno=1, col_offset=0)),
            _ast.Expression(_ast.Compare(_ast.Constant(1, lineno=1, col_offset=0), [_ast.Lt()], [], lineno=1, col_offset=0)),
            _ast.Expression(_ast.Dict([None], [], lineno=1, col_offset=0)),
            _ast.Expression(_ast.ListComp(_ast.Constant(1, lineno=1, col_offset=0), [], lineno=1, col_offset=0)),
            ]:
    try: print(compile(bad, "<b>", "exec" if isinstance(bad, _ast.Module) else "eval"))
    except Exception as ex: print(type(ex).__name__, ex)

# exec(code, globals, closure=...) (3.11): a code object with free variables runs with the given cells.
from types import CellType
def function_without_closures():
    return 3 * 5
result = 0
def make_closure_functions():
    a = 2
    b = 3
    c = 5
    def three_freevars():
        global result
        result = a * b
    def four_freevars():
        global result
        result = a * b * c
    return three_freevars, four_freevars
three_freevars, four_freevars = make_closure_functions()
exec(three_freevars.__code__, three_freevars.__globals__, closure=three_freevars.__closure__)
print(result)
my_closure = (CellType(35), CellType(72))
exec(three_freevars.__code__, three_freevars.__globals__, closure=my_closure)
print(result)
for f in [lambda: exec(function_without_closures.__code__, {}, closure=my_closure), lambda: exec(three_freevars.__code__, {}, closure=None),
          lambda: exec(three_freevars.__code__, {}), lambda: exec(three_freevars.__code__, {}, closure=four_freevars.__closure__),
          lambda: exec(three_freevars.__code__, {}, closure=(1, 2)), lambda: exec('x = 1', {}, closure=my_closure),
          lambda: eval(three_freevars.__code__)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
c = CellType()
print(repr(c).split(' at ')[0], CellType(5).cell_contents)
try:
    c.cell_contents
except ValueError as e:
    print(e)
for f in [lambda: CellType(1, 2), lambda: CellType(x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)

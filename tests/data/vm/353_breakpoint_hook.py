# breakpoint() and sys.breakpointhook with $PYTHONBREAKPOINT (0, a builtin, a module path, unimportable ones).
import sys, os, warnings
print(sys.breakpointhook is sys.__breakpointhook__, breakpoint.__name__)
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or 'ret'
print(breakpoint(1, 2, x=3), calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('7'))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = 'nonexistent_mod_xyz.f'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print([(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'os.nothere'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print([(x.category.__name__, str(x.message)) for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
def hook():
    pass
sys.breakpointhook = hook
try:
    breakpoint(1)
except TypeError as e:
    print(e)

# exit/quit/help/copyright/credits/license: site's builtins, made on first use (Typhon does not import site at start-up).
import builtins
print(hasattr(builtins, 'exit'), type(exit).__name__, type(exit).__module__, repr(quit), repr(exit))
print(type(copyright).__name__, type(help).__name__, repr(help)[:60])
print(str(credits)[:30], type(license).__name__)
def f():
    return exit
print(f() is exit, builtins.quit is quit)
try:
    exit(5)
except SystemExit as e:
    print('SystemExit', e.code)
exec('print(type(quit).__name__)')
try:
    exec('exit', {'__builtins__': {}})
except NameError as e:
    print(e)
quit(7)

# The builtin exception hierarchy as seen through except clauses and issubclass.
names = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
         RecursionError, NotImplementedError, ModuleNotFoundError, StopAsyncIteration,
         TimeoutError, BrokenPipeError, OverflowError, UnboundLocalError, TabError]
for exc in names:
    print(exc.__name__, [k.__name__ for k in exc.__mro__])

def classify(f):
    try:
        f()
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

print(classify(lambda: [][1]))
print(classify(lambda: {}["k"]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 1 % 0))
print(classify(lambda: int("x")))
print(classify(lambda: undefined_name))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(EnvironmentError is OSError, IOError is OSError)

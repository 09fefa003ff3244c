for exc in [KeyError, IndexError, ZeroDivisionError, FileNotFoundError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])

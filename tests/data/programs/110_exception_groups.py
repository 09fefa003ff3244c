try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", e.exceptions)
except* TypeError as e:
    print("T", e.exceptions)

def f(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            return "zero"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f(2), f(0))

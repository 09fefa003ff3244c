# try/except/else/finally ordering, bare except, re-raise, except tuples.
def run(f):
    log = []
    try:
        log.append("try")
        f()
    except (ValueError, TypeError) as e:
        log.append("except " + type(e).__name__)
    except Exception:
        log.append("except other")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run(lambda: None))
print(run(lambda: int("x")))
print(run(lambda: len(5)))
print(run(lambda: {}[1]))

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise

try:
    reraise()
except KeyError as e:
    print("reraised", e)

try:
    try:
        raise IndexError(1)
    except:
        print("bare except")
        raise
except IndexError as e:
    print(repr(e))

excs = (ZeroDivisionError, OverflowError)
try:
    1 // 0
except excs as e:
    print("tuple variable", type(e).__name__)

e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# finally runs on every way out: normal, return, break, continue, exception.
def f(mode):
    try:
        if mode == "return":
            return "returned"
        if mode == "raise":
            raise ValueError("raised")
        print("normal")
    finally:
        print("finally", mode)
    return "end"

print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError as e:
    print("caught", e)

for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("fin", i)

def override():
    try:
        return 1
    finally:
        return 2

print(override())

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"

print(swallow())

def nested():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")

nested()

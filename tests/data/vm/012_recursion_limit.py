# RecursionError is catchable and the interpreter recovers afterwards.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

print(sys.getrecursionlimit())

def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n

n = count(0)
print(n > 900, n < 1000)

def after():
    return sum(range(10))

print(after())
print(issubclass(RecursionError, RuntimeError))

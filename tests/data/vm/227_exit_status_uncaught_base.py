# An uncaught exception inside nested functions after output on both streams: exit status 1.
import sys

def level(n):
    if n == 0:
        raise IndexError("bottom reached")
    print("level", n)
    level(n - 1)

print("begin", file=sys.stderr)
level(3)

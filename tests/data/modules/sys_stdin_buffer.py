import sys
b = sys.stdin.buffer
print(b, b.fileno(), b.readable(), b.closed, b.name, b.mode)
print(b.readline(), b.readline(3), b.readline())
print(b.read(5), b.read1(2))
print(b.readlines())
print(b.read(), b.readline())

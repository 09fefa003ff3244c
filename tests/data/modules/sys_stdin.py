import sys
print(sys.stdin, sys.stdin.buffer, sys.stdin.fileno(), sys.stdin.encoding, sys.stdin.errors)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.seekable(), sys.stdin.closed, sys.stdin.name, sys.stdin.mode)
print(sys.stdin is sys.__stdin__)
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.read(2)))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
    if line.startswith('stop'):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
sys.stdin.close()
print(sys.stdin.closed)
try:
    sys.stdin.read()
except ValueError as e:
    print('ValueError', e)

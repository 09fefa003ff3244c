# input() reads sys.stdin (a file here, not a terminal): the prompt goes to stdout.
import sys, io
name = input('name? ')
print('hello', name)
print(input())
print(repr(input('')))
print(input(42))
class In:
    def readline(self):
        return 'from a replaced stdin\n'
old = sys.stdin
sys.stdin = In()
print(input('> '))
class Bad:
    def readline(self):
        return b'bytes'
sys.stdin = Bad()
try:
    print(input())
except TypeError as e:
    print('TypeError', e)
sys.stdin = None
try:
    print(input())
except RuntimeError as e:
    print('RuntimeError', e)
sys.stdin = old
out = sys.stdout
sys.stdout = io.StringIO()
x = input('captured prompt ')
s = sys.stdout.getvalue()
sys.stdout = out
print(repr(s), repr(x))
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(repr(input()))
try:
    input('last? ')
except EOFError as e:
    print('EOFError', e)

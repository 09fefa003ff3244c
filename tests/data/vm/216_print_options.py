# print: sep, end, file=sys.stderr, flush, no arguments, non-str objects.
import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.5, None, [1], sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print("x", "y", sep="", end="\n\n")
print(*range(5))
print(*"abc", sep="|")
print("flushed", flush=True)
print(sep="ignored")
print("", end="")
print("tab\tsep", "nl\nsep", sep="\n")
print(file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc\n"))
sys.stderr.write("err written\n")
print("done", None, sep=None, end=None)

# Output to stdout and stderr is compared separately; both streams in order.
import sys
for i in range(5):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stderr.write("raw stderr line\n")
sys.stdout.write("raw stdout line\n")
print("unicode to stderr: é €", file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("partial", end="", file=sys.stderr)
print(" line", file=sys.stderr)
print("last stdout line")

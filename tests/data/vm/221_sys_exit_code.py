# sys.exit(N) with an int: exit status N, nothing on stderr.
import sys

def main():
    print("doing work")
    return 42

code = main()
print("exiting with", code)
sys.exit(code)

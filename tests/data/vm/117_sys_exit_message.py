# sys.exit with a string prints it to stderr and exits with status 1.
import sys

def main():
    print("working")
    try:
        sys.exit("fatal: cannot continue")
    finally:
        print("cleanup runs first")

main()

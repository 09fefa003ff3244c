# The __name__ == "__main__" guard and module globals.
def main():
    print("main called", __name__)
    helper()
    return 0

def helper():
    print("helper sees", sorted(n for n in globals() if not n.startswith("__")))

print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    raise SystemExit(main())

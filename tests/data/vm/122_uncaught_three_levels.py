# Three chained exceptions: cause, then context.
def read():
    raise FileNotFoundError(2, "No such file or directory")

def load():
    try:
        read()
    except OSError as e:
        raise RuntimeError("load failed") from e

def main():
    try:
        load()
    except RuntimeError:
        raise SystemError("giving up")

main()

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
with CM() as c:
    print("body")
with CM():
    raise ValueError
print("after")

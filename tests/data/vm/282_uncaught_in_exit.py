# An exception raised by __exit__ while the body raised: both appear, chained.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release after", exc_type.__name__)
        raise RuntimeError("release failed")

with Resource() as r:
    print("using")
    raise ValueError("work failed")

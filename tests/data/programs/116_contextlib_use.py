from contextlib import contextmanager
@contextmanager
def tag(n):
    print(f"<{n}>")
    yield n.upper()
    print(f"</{n}>")
with tag("b") as t:
    print(t)

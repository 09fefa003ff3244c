class Proxy:
    def __init__(self, d): self._d = d
    def __getattr__(self, name):
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name)
p = Proxy({"a": 1})
print(p.a, hasattr(p, "b"))

class M:
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
print(M.s(1), M.c(), M().c())

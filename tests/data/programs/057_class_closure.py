def make(n):
    class C:
        val = n
        def get(self):
            return n * 2
    return C
print(make(4)().get(), make(5).val)

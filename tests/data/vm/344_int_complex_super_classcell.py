import warnings
class MyInt(int):
    def __int__(self): return 42
print(int(MyInt(7)), int(True), int(False))
class Sub(int): pass
print(int(Sub(5)), type(int(Sub(5))))
class Ret:
    def __int__(self): return Sub(3)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = int(Ret())
    print(r, type(r), [str(x.message) for x in w])
print(int(memoryview(b'12')), int(memoryview(b' 7 ')))
try: int(memoryview(b'x1'))
except ValueError as e: print(e)
try: complex({})
except TypeError as e: print(e)
try: complex(1, {})
except TypeError as e: print(e)
try: super(1, 2, 3)
except TypeError as e: print(e)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
class WithoutClassRef(metaclass=Meta):
    pass
try:
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print(e)

# Calling a class with a Python __init__ (the CALL fast path): defaults, keywords, errors, abstract classes, slots, metaclass __call__, recursion.
class V:
    def __init__(self, x, y=2):
        self.x = x; self.y = y
print(V(1).x, V(1, 3).y, V(x=5).x, V(1, y=9).y)
class Bad:
    def __init__(self): return 5
try: Bad()
except TypeError as e: print(e)
class E:
    def __init__(self, a): raise ValueError('in init')
try: E(1)
except ValueError as e: print(e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try: V()
except TypeError as e: print(e)
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    def __init__(self): pass
try: A()
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(S().a)
class M(type):
    def __call__(cls, *a): return 'meta'
class W(metaclass=M):
    def __init__(self): pass
print(W())
def deep(n): return deep(n + 1)
class R:
    def __init__(self, n): R(n + 1)
try: R(0)
except RecursionError as e: print('RecursionError')
class G:
    def __init__(self, v): self.v = v
print([G(i).v for i in range(5)], isinstance(G(1), G))
Bad()

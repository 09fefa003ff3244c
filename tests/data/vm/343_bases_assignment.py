class A: pass
class B:
    def hello(self):
        return 'B.hello'
class C(A): pass
class D(C): pass
C.__bases__ = (B,)
print(C.__mro__, D.__mro__, A.__subclasses__(), B.__subclasses__(), C.__base__)
print(D().hello())
for v in [[B], (), (1,), (D,), (int,)]:
    try:
        C.__bases__ = v
    except TypeError as e:
        print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
class E(Exception): pass
try:
    E.__bases__ = (A,)
except TypeError as e:
    print(e)
class X: pass
class Y(X): pass
class P: pass
class Q(P): pass
class R(P): pass
try:
    R.__bases__ = (P, Q)
except TypeError as e:
    print(e)
print(R.__mro__)
import typing
class Pt(typing.NamedTuple, typing.Generic[typing.TypeVar('T')]):
    x: int
print(Pt.__bases__, Pt(1))
import tomllib
print(tomllib.loads('a = 1\n[b]\nc = "d"\n'))

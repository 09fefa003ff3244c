# __bases__ assignment re-entered through a custom mro() cannot make a tp_base cycle (type_set_bases).
ready = False
class M(type):
    def mro(cls):
        if ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)
class A(metaclass=M):
    pass
class B1(A):
    pass
class B2(A):
    pass
ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print('TypeError', e)
ready = False
print(B1.__bases__, B2.__bases__, [c.__name__ for c in B1.__mro__])
class C: pass
class D(C): pass
try:
    C.__bases__ = (D,)
except TypeError as e:
    print('TypeError', e)

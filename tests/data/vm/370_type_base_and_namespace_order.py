# type.__base__ is best_base's choice; type() copies an OrderedDict namespace in its own order.
class B:
    def ham(self):
        return 'ham%d' % self
C = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})
print(C.__base__, C.__bases__, C(42).ham(), C(42).spam())
class D(B, list): pass
class E(list, B): pass
class F(B, ValueError): pass
class G(ValueError, OSError): pass
class H(B): pass
print(D.__base__, E.__base__, F.__base__, G.__base__, H.__base__, object.__base__)
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
K = type('K', (), od)
print(list(K.__dict__.items())[:2])

# Exception classes whose call returns something else: raise's and throw()'s TypeError (thrown into the generator).
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring_generator():
    yield
gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print('TypeError', e)
try:
    next(gen)
except StopIteration:
    print('StopIteration')
def generator():
    try:
        yield
    except TypeError as e:
        print('inside', e)
gen = generator()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print('StopIteration 2')
try:
    raise E
except TypeError as e:
    print('raise:', e)
class F(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise F
except TypeError as e:
    print('raise:', e)

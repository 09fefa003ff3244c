# Ellipsis and NotImplemented: pickling by name, their types' calls.
import pickle, copy
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(type(Ellipsis)(), type(NotImplemented)())
for f in [lambda: type(Ellipsis)(1), lambda: type(NotImplemented)(1), lambda: type(Ellipsis)(x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(Ellipsis, proto)) is Ellipsis, pickle.loads(pickle.dumps(NotImplemented, proto)) is NotImplemented, pickle.loads(pickle.dumps([..., None], proto)))
print(copy.deepcopy(...) is ..., copy.copy(NotImplemented) is NotImplemented)

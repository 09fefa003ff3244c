def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(1, 2, x=3, y=4))
print(f(*[5, 6], **{"z": 7}))

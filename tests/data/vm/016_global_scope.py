# global statements, module-level names, globals() and name resolution order.
x = 1
y = 2

def read():
    return x + y

def write():
    global x
    x = 100

def make_global():
    global created
    created = "made"

print(read())
write()
print(x, read())
make_global()
print(created)

len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))

def local_shadow():
    x = "local"
    return x

print(local_shadow(), x)
print("x" in globals(), "nope" in globals())
globals()["dyn"] = 5
print(dyn)

def unbound_local():
    try:
        print(x)
        x = 3
    except UnboundLocalError as e:
        print(type(e).__name__, e)

unbound_local()

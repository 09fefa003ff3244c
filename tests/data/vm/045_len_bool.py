# Truth value: __bool__, then __len__, else true; errors from bad results.
class Empty:
    def __len__(self):
        return 0

class Three:
    def __len__(self):
        return 3

class Falsy:
    def __bool__(self):
        return False

class Both:
    def __bool__(self):
        print("bool")
        return True
    def __len__(self):
        print("len")
        return 0

class Plain:
    pass

for o in (Empty(), Three(), Falsy(), Both(), Plain()):
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(Three()))

class BadBool:
    def __bool__(self):
        return 1

class BadLen:
    def __len__(self):
        return -1

class BigLen:
    def __len__(self):
        return "3"

for o in (BadBool(), BadLen(), BigLen()):
    try:
        bool(o)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(None), bool(()), bool({}))

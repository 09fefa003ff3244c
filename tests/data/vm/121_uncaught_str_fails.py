# An exception whose __str__ raises is printed with a placeholder.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")

try:
    raise Broken("caught first")
except Broken as e:
    print("caught", type(e).__name__, e.args)
print("about to fail")
raise Broken("payload")

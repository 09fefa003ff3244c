# An exception without a message, and one whose message is empty, end the traceback differently.
class Quiet(Exception):
    pass

try:
    raise ValueError("")
except ValueError as e:
    print(repr(str(e)))

def fail():
    raise Quiet

fail()

# __traceback__, tb_lineno, tb_next, frame names, with_traceback.
def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

e = KeyError("x")
print(e.__traceback__)
try:
    raise e
except KeyError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    try:
        outer()
    except ValueError as err:
        raise RuntimeError("wrapped").with_traceback(err.__traceback__)
except RuntimeError as r:
    t = r.__traceback__
    count = 0
    while t:
        count += 1
        t = t.tb_next
    print("frames:", count)
import sys
def frame_name():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(frame_name())

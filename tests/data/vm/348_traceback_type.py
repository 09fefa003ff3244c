import sys, types
def raiser():
    raise ValueError
try:
    raiser()
except Exception as exc:
    tb = exc.__traceback__
print(isinstance(tb.tb_next, types.TracebackType), tb.tb_frame is sys._getframe(), type(tb.tb_lasti), tb.tb_next.tb_next)
for f in [lambda: delattr(tb, 'tb_next'), lambda: setattr(tb, 'tb_next', 'asdf'), lambda: setattr(tb, 'tb_next', tb), lambda: setattr(tb.tb_next, 'tb_next', tb)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
tb.tb_next = None
print(tb.tb_next)
frame = sys._getframe()
t2 = types.TracebackType(tb, frame, 1, 2)
print(t2.tb_next is tb, t2.tb_frame is frame, t2.tb_lasti, t2.tb_lineno)
for a in [("no", frame, 1, 2), (tb, "no", 1, 2), (tb, frame, "no", 2), (tb, frame, 1, "nuh-uh")]:
    try:
        types.TracebackType(*a)
    except TypeError as e:
        print(e)
import traceback
print(traceback.format_tb(types.TracebackType(None, frame, 0, 7))[0].split(',')[1])
# tb_dir: a traceback lists only its four attributes.
try:
    [][1]
except IndexError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())

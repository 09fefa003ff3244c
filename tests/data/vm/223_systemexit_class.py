# Raising SystemExit directly with a large status and with no argument inside a function.
def stop():
    print("stopping", file=__import__("sys").stderr)
    raise SystemExit(7)

try:
    stop()
except Exception:
    print("SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
stop()

# sys.exit from inside an except block: the handled exception does not print.
import sys

def risky():
    return {}["missing"]

try:
    risky()
except KeyError as e:
    print("fatal:", e, file=sys.stderr)
    sys.exit(2)

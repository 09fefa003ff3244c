# raise SystemExit(None) exits 0; an object exit code is printed and gives status 1.
import sys
try:
    raise SystemExit(None)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code", e.code)
print("now exiting with a list")
sys.exit([1, 2])

# sys.exit() and sys.exit(0) end the program with status 0; finally blocks run.
import sys
print("start")
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code)
try:
    sys.exit(0)
finally:
    print("finally before exit")
print("never")

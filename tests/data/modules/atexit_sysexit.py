# sys.exit with a message: the message is written, then the callbacks run,
# and the exit status is 1.
import atexit, sys
@atexit.register
def bye():
    print('bye', file=sys.stderr)
    print('bye on stdout')
atexit.register(sys.stdout.write, 'written at exit\n')
sys.exit('leaving with a message')

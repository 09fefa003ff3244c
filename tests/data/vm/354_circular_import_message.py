# An attribute missing from a module that is still initialising: CPython's "partially initialized" message.
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, 'circ_a.py'), 'w') as f:
    f.write('import circ_b\nX = 1\n')
with open(os.path.join(d, 'circ_b.py'), 'w') as f:
    f.write('import circ_a\ntry:\n    circ_a.X\nexcept AttributeError as e:\n    print(e, e.name)\nprint(circ_a.__spec__._initializing)\n')
sys.path.insert(0, d)
import circ_a
print(circ_a.X, circ_a.__spec__._initializing)
try:
    circ_a.Y
except AttributeError as e:
    print(e)
import circ_b
import shutil
shutil.rmtree(d)

# float('-nan') and float.fromhex('-nan') keep the sign (_Py_dg_stdnan), as do bytes and the repr stays 'nan'.
import math
for v in [float('nan'), float('-nan'), float(' -NaN '), float(b'-nan'), float.fromhex('-nan'), float.fromhex('nan'), -float('nan'), float('+nan')]:
    print(repr(v), math.copysign(1.0, v))

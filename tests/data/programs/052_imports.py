import math, os.path
from collections import Counter, OrderedDict as OD
from functools import reduce
print(math.sqrt(16), math.pi, os.path.join("a", "b"), Counter("hello").most_common(2), OD(a=1), reduce(lambda a, b: a * b, range(1, 6)))

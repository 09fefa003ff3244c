# operator and copy modules.
import operator
import copy
print(operator.add(1, 2), operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), operator.neg(5), operator.contains([1], 1))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.itemgetter(0, 2)("abc"), operator.index(7))
a = [[1, 2], {"k": [3]}]
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a[0].append(99)
a[1]["k"].append(4)
print(shallow, deep)
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items)

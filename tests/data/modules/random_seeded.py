import random
random.seed(1)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 1000, 7), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices('abc', k=6), random.choices('abc', weights=[1, 0, 5], k=4))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
for s in [0, 42, 2**100, -5, 'hello', b'bytes', 3.5]:
    random.seed(s); print(s, random.random(), random.getrandbits(64))
r = random.Random(123); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], len(st[1]), st[0])
print(random.Random(5).random() == random.Random(5).random(), random.Random(7).randbytes(6))
class MyRandom(random.Random):
    def random(self): return 0.5
print(MyRandom().choice([1, 2, 3]), MyRandom().randrange(10))
try: r.setstate((3, (1, 2), None))
except ValueError as e: print(e)
try: random.getrandbits(-1)
except ValueError as e: print(e)

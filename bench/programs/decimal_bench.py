# decimal arithmetic (Typhon runs _pydecimal; CPython its C _decimal): sums, products, division, quantize.
from decimal import Decimal, getcontext
def run(n):
    getcontext().prec = 30
    total = Decimal(0)
    prod = Decimal(1)
    for i in range(1, n):
        d = Decimal(i) / Decimal(7)
        total += d.quantize(Decimal("0.0001"))
        prod = (prod * Decimal("1.0001")).quantize(Decimal("0.00000001"))
    return total, prod, Decimal(2).sqrt()

print(run(5000))

# decimal runs as _pydecimal (pyodide's zip omits it; Typhon takes it from brython's bundle).
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Context
import decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7))
print(Decimal('0.1') * 3 == Decimal('0.3'), Decimal(0.1))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
print(getcontext().prec, Decimal(2).sqrt(), Decimal(10).ln(), Decimal(1).exp())
print(Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'), Decimal('1e-7'), Decimal('123.4500').normalize())
print(repr(Decimal('1.50')), str(Decimal('1E+3')), Decimal('1E+3').to_integral_value(), int(Decimal('7.9')), float(Decimal('2.5')))
print(sorted([Decimal('1.2'), Decimal('0.5'), Decimal('10')]), max(Decimal(1), Decimal('1.0')), hash(Decimal('1.5')) == hash(1.5))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), divmod(Decimal('7.5'), 2))
print(f"{Decimal('1234567.891'):,.2f}", format(Decimal('0.000123'), '.2e'), f"{Decimal('42'):>8}")
print(Decimal('1.23').as_tuple(), Decimal((1, (3, 1, 4), -2)), Decimal('3.5').as_integer_ratio())
print(Decimal(1).compare(Decimal(2)), Decimal('2.50').compare_total(Decimal('2.5')), Decimal('12.5').adjusted())
# (C _decimal and _pydecimal word the InvalidOperation of a bad literal differently.)
for bad in ['abc', '1..2']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print('InvalidOperation')
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
c = Context(prec=5, rounding=ROUND_DOWN)
print(c.divide(Decimal(2), Decimal(3)), c.power(Decimal(2), 100))
print(Decimal(2) ** 100, Decimal('1.1') ** 2, pow(Decimal(3), 4, 5))
print(decimal.MAX_PREC, decimal.HAVE_THREADS)

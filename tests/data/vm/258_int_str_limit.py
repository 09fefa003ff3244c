# The int/str conversion digit limit (4300 digits) and ways around it.
import sys
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)), big.bit_length())
ok = 10 ** 4299
print(len(str(ok)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)

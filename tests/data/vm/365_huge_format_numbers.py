# Huge widths, precisions and field numbers in %-formatting, str.format and format(): CPython's errors.
import sys
for fs, arg in [("%.{}f".format(sys.maxsize + 1), 2.34), ("%{}f".format(sys.maxsize + 1), 2.34), ("%.{}f".format(2**31), 2.34),
                ("%{}d".format(sys.maxsize + 1), 1), ("%.{}s".format(sys.maxsize+1), 'a'), ("%{}s".format(2**40), 'a')]:
    try:
        fs % arg
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for fs in ["{{{}:.6f}}".format(sys.maxsize + 1), "{{{}}}".format(10**30), "{0[%d]}" % (10**30)]:
    try:
        fs.format(2.34)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for spec in [".{}f".format(sys.maxsize + 1), "{}f".format(sys.maxsize + 1), "{}d".format(10**20)]:
    try:
        format(2.34 if 'f' in spec else 5, spec)
    except ValueError as e:
        print(type(e).__name__, e)

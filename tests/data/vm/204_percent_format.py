# printf-style % formatting for str.
print("%s %d %i %f %.2f %e %g %x %X %o %c %r %%" % ("s", 42, 7, 1.5, 2.345, 12345.678, 0.0001, 255, 255, 8, 65, "r"))
print("%5d|%-5d|%05d|%+d|% d|%.3d" % (42, 42, 42, 42, 42, 42))
print("%10.3f|%-10.1f|%+.0f|%#.0f|%08.3f" % (3.14159, 2.5, 2.5, 2.5, -3.14159))
print("%#x %#X %#o %x" % (255, 255, 8, -255))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(a)s%(a)s" % {"a": "x"})
print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%r" % ((1, 2),), "%s" % ((1, 2),))
print("%c%c" % ("x", 0x1F600), "%5s|%-5s|%.2s" % ("abc", "abc", "abc"), "%a" % "é")
print("%d %d" % (3.99, True), "%i" % -0.5, "%x" % 10 ** 20, "%e" % 0, "%g" % 1e20, "%G" % 1e-10)
print("%.3s" % 12345, "%3c" % "z", "%-3c|" % "z", "%%d" % ())
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", 5), ("%z", 1), ("%c", "ab"), ("%c", -1), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % {"k": 1}, "no args" % (), "%s" % "only")

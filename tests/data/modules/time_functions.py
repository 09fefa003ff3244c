import time
print(time.gmtime(0), time.gmtime(1234567890.9), time.gmtime(-86400 * 365))
lt = time.localtime(1000000)
print(lt.tm_zone, lt.tm_gmtoff, time.timezone, time.altzone, time.daylight, time.tzname, time.mktime(lt))
t = time.gmtime(1234567890)
print(time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %% %e %G %g %V %u %C %D %F %T %R %r %h %k %l', t))
for ts in [0, 86400 * 3, 1104537600, 1230768000, 1609459200, 951782400, 1356912000]:
    g = time.gmtime(ts)
    print(time.strftime('%Y-%m-%d %a %j %U %W %V %G %u %w', g), time.asctime(g), g.tm_wday, g.tm_yday)
print(time.asctime(time.gmtime(0)), time.ctime(0), repr(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
print(time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%a', (2020, 1, 1, 0, 0, 0, 7, 1, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), 'x']:
    try: print(time.strftime('%Y', bad))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for bad in [lambda: time.gmtime(1e20), lambda: time.sleep(-1), lambda: time.gmtime(float('nan')), lambda: time.get_clock_info('x')]:
    try: bad()
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
a = time.monotonic(); b = time.perf_counter(); c = time.time(); d = time.time_ns(); e = time.process_time()
time.sleep(0.01)
print(time.monotonic() - a >= 0.009, time.perf_counter() > b, abs(d / 1e9 - c) < 1, type(d).__name__, time.process_time() >= e)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable, time.struct_time.n_fields, len(time.gmtime()))

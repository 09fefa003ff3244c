# The Unicode errors' str() after their attributes change, and uninitialised ones.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo'); print(str(u)); u.end = 2; print(str(u))
u.end = 5; u.reason = 0x345345345345345345; print(str(u)); u.encoding = 4000; print(str(u)); u.start = 1000; print(str(u))
u = UnicodeEncodeError('ascii', '\U0001f600\u1234', 0, 1, 'r'); print(str(u)); u.start=1; u.end=2; print(u)
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo'); print(str(u)); u.end = 2; print(str(u))
u.end = 5; u.reason = 0x345345345345345345; print(str(u)); u.encoding = 4000; print(str(u)); u.start = 1000; print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo'); print(str(u)); u.end = 2; print(str(u))
u.end = 5; u.reason = 0x345345345345345345; print(str(u)); u.start = 1000; print(str(u))
for k in UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError:
    print(repr(str(k.__new__(k))))
try: 'é'.encode('ascii')
except UnicodeEncodeError as e: print(e, e.args)
try: b'\xff'.decode('ascii')
except UnicodeDecodeError as e: print(e, e.args)

# float() of bytes-like objects: memoryview and array give their bytes as the text.
import array
print(float(memoryview(b'1.5')), float(array.array('b', b'2.5')), float(b' 3.5 '), float(bytearray(b'-inf')))
for v in [array.array("b", b"y"), b"z", bytearray(b"w")]:
    try:
        print(float(v))
    except ValueError as e:
        print(e)

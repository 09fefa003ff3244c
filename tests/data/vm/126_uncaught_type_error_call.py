# A TypeError from argument binding, uncaught, with markers under the call.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(height=4, width=5))
shapes = [(2, 3), (4,)]
for s in shapes:
    print(area(*s))
print("unreachable")

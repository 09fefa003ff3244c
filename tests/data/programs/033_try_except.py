try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
else:
    print("no")
finally:
    print("finally")

# Format-spec mini-language for ints: fill, align, sign, #, 0, width, grouping, types.
n = 1234567
specs = ["", "d", "10", "<10", "^10", ">10", "*^12", "+", " ", "-", ",", "_", "x", "X", "#x", "#o", "#b",
         "b", "o", "c" if False else "n", "012", "+012,", "=+12", "e", ".2e", "f", "%", "_x", "#_b", "08.2f"]
for spec in specs:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, "#x"), format(65, "c"), format(255, "#010x"), format(-255, "#010x"), format(5, "^+7"))
for bad in ["s", ".2", ",x"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(e)
print(format(True, "d"), format(True, ""), format(10 ** 30, ","), format(-(2 ** 64), "_x"))

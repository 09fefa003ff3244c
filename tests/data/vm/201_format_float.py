# Format-spec mini-language for floats: f/e/g/%, precision, alternate, sign, zero padding.
vals = [3.14159265, -0.0, 1e-7, 123456789.125, 1.5, 2.5, float("inf"), float("nan"), 0.0001, 1e16]
specs = ["", ".2f", "10.3f", "<10.1f", "+.3e", "E", "g", ".3g", "#.3g", "G", "%", ".1%", ",.2f", "_.1f", "010.2f", "n", ".0f", "#.0f", " .2f"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(1234.5, "^+14,.1f"), format(-1.5, "=10"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"))
print(f"{12.0:g}", f"{1e20:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}", f"{0.000123:.2g}")
for bad in ["d", "x", "c", ",d"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(e)
print(format(1.0, ".30f"), format(0.1, ".20e"), format(2 ** 0.5, ".17g"))

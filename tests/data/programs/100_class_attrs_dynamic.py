class Cfg:
    pass
c = Cfg()
for k, v in [("host", "h"), ("port", 80)]:
    setattr(c, k, v)
print(sorted(vars(c).items()), getattr(c, "missing", "dflt"))

# Frames named <lambda> and <listcomp> in a traceback.
transform = lambda x: 100 // x
print(transform.__name__)
values = [3, 2, 1]
print([transform(v) for v in values])
values.append(0)
print(len(values), values[-1])
checked = [v for v in values if isinstance(v, int)]
print(checked)
print([transform(v) for v in values])

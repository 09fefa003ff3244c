import _opcode
out = []
for op in range(256):
    for arg in ([None] if op < 90 else [0, 1, 3]):
        for jump in (None, True, False):
            try:
                r = _opcode.stack_effect(op, arg, jump=jump) if arg is not None else _opcode.stack_effect(op, jump=jump)
            except ValueError as e:
                r = str(e)
            out.append((op, arg, jump, r))
for o in out:
    print(*o)
for bad in [(1, 5), (100,), (9, None, 'x')]:
    try: print(_opcode.stack_effect(*bad[:2]) if len(bad) < 3 else _opcode.stack_effect(bad[0], jump=bad[2]))
    except ValueError as e: print(e)
print(_opcode.get_specialization_stats())

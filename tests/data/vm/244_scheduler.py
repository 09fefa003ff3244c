# A round-robin scheduler of generator tasks, with send() for messages.
def worker(name, n):
    for i in range(n):
        msg = yield f"{name} step {i}"
        if msg:
            print(f"  {name} received {msg!r}")
    return f"{name} finished"

def scheduler(tasks):
    queue = [(name, gen, None) for name, gen in tasks]
    results = []
    tick = 0
    while queue:
        name, task, message = queue.pop(0)
        try:
            out = task.send(message)
            print(f"tick {tick}: {out}")
            queue.append((name, task, f"msg{tick}" if tick % 3 == 0 else None))
        except StopIteration as e:
            results.append(e.value)
        tick += 1
    return results

print(scheduler([("A", worker("A", 2)), ("B", worker("B", 3)), ("C", worker("C", 1))]))

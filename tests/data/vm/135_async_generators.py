# Async generators and async comprehensions, driven without asyncio.
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finished")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    squares = [v async for v in agen(2)]
    return out, squares

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

print(run(consume()))

async def manual():
    g = agen(2)
    print(type(g).__name__)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

run(manual())

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def use():
    async with ACM() as r:
        print("using", r)
    return "ok"

print(run(use()))

# A class implementing __aiter__/__anext__, used by async for.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    seen = []
    async for v in Countdown(4):
        seen.append(v)
    else:
        seen.append("else")
    return seen

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def bad():
    async for x in [1, 2]:
        pass

try:
    bad().send(None)
except TypeError as e:
    print(e)

async def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

async def partial():
    g = gen_close()
    async for v in g:
        print("first", v)
        break
    await g.aclose()
    return "done"

try:
    partial().send(None)
except StopIteration as e:
    print(e.value)

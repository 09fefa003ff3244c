# throw() into a coroutine, awaiting an awaitable object, and await errors.
class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        yield self
        return self.result

async def step():
    f = Future()
    try:
        await f
    except ValueError as e:
        return "caught " + str(e)
    return "no error"

c = step()
fut = c.send(None)
print(type(fut).__name__)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)

async def bad_await():
    await 5

try:
    bad_await().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5

async def bad2():
    await BadAwait()

try:
    bad2().send(None)
except TypeError as e:
    print(e)

async def nested():
    async def inner(x):
        return x * 2
    total = 0
    for i in range(4):
        total += await inner(i)
    return total

try:
    nested().send(None)
except StopIteration as e:
    print("nested", e.value)

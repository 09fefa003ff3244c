# Native coroutines driven with send(None), no event loop.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return value

async def worker(name):
    print(name, "start")
    got = await Sleep(name + "-pause-1")
    print(name, "resumed with", got)
    got2 = await Sleep(name + "-pause-2")
    return name + " done " + str(got2)

async def main():
    a = await worker("a")
    return [a]

coro = main()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(1))
try:
    coro.send(2)
except StopIteration as e:
    print("result", e.value)

def run(c):
    value = None
    while True:
        try:
            yielded = c.send(value)
        except StopIteration as e:
            return e.value
        value = yielded + "!"

print(run(worker("b")))

async def plain():
    return 42

c = plain()
try:
    c.send(None)
except StopIteration as e:
    print("plain", e.value)
c2 = plain()
c2.close()
print("closed without running")

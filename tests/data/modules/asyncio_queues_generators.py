import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.001)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)


async def ticker(n, delay):
    for i in range(n):
        yield i
        await asyncio.sleep(delay)


async def closing_gen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('gen finally')


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Resource:
    async def __aenter__(self):
        print('enter')
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print('queue', out, q.empty(), q.qsize())
    await q.join()

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print('priority', [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print('lifo', [await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull')
    try:
        await asyncio.wait_for(fq.put(3), 0.01)
    except asyncio.TimeoutError:
        print('put timed out')

    print('comprehension', [x async for x in ticker(4, 0.001)])
    print('filtered', [x * 10 async for x in ticker(6, 0) if x % 2])
    async for y in ticker(2, 0.001):
        print('y', y)
    g = closing_gen()
    async for v in g:
        print('v', v)
        if v == 2:
            break
    await g.aclose()
    print('custom', [i async for i in AsyncRange(3)])
    gen = ticker(3, 0)
    print('anext', await gen.__anext__(), await anext(gen), await anext(gen))
    print('anext default', await anext(gen, 'done'))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    async with Resource() as r:
        print('inside', type(r).__name__)
    try:
        async with Resource():
            raise KeyError('k')
    except KeyError as e:
        print('KeyError', e)

    async def asend_gen():
        got = yield 'first'
        while True:
            got = yield f'got {got}'
    ag = asend_gen()
    print(await ag.asend(None), await ag.asend(1), await ag.asend(2))
    try:
        await ag.athrow(RuntimeError('boom'))
    except RuntimeError as e:
        print('athrow', e)


asyncio.run(main())

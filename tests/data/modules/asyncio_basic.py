import asyncio


async def work(name, delay, result):
    await asyncio.sleep(delay)
    print('done', name)
    return result


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f'failed after {delay}')


async def main():
    # sleep ordering: shorter sleeps finish first (0.1 s apart, so that a slow step cannot reorder them)
    r = await asyncio.gather(work('a', 0.3, 1), work('b', 0.1, 2), work('c', 0.2, 3))
    print('gather', r)

    # create_task and awaiting tasks
    t1 = asyncio.create_task(work('t1', 0.2, 'x'), name='first')
    t2 = asyncio.create_task(work('t2', 0.1, 'y'))
    print(t1.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())

    # gather with return_exceptions
    r = await asyncio.gather(work('d', 0, 4), failing(0.01), return_exceptions=True)
    print('gather exc', [type(x).__name__ if isinstance(x, Exception) else x for x in r], r[1])

    # gather propagating the first exception
    try:
        await asyncio.gather(failing(0.01), asyncio.sleep(0.02))
    except ValueError as e:
        print('caught', e)

    # wait_for with and without timeout
    print('wait_for', await asyncio.wait_for(work('f', 0.01, 6), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, isinstance(e, TimeoutError))

    # asyncio.timeout (3.11)
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('asyncio.timeout expired', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('not expired', cm.expired())

    # cancellation
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())

    async def catcher():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('inner saw cancel')
            raise
        finally:
            print('inner finally')
    t = asyncio.create_task(catcher())
    await asyncio.sleep(0.01)
    t.cancel('because')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer', e.args)

    # wait with FIRST_COMPLETED
    ts = [asyncio.create_task(work(n, d, n)) for n, d in [('g', 5), ('h', 0.01)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first', [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(ts)
    print('then', len(done), [t.cancelled() for t in ts])

    # as_completed
    res = []
    for fut in asyncio.as_completed([work('i', 0.2, 'i'), work('j', 0.1, 'j')]):
        res.append(await fut)
    print('as_completed', res)

    # futures and call_soon / call_later
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'later')
    loop.call_soon(print, 'soon')
    print('future', await fut)

    # shield
    inner = asyncio.create_task(work('k', 0.01, 'shielded'))
    print(await asyncio.shield(inner))

    # Event, Lock, Semaphore, Condition
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print('event', ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.001)
            order.append(-n)
    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print('lock', order)
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(n):
        async with sem:
            active.append(n)
            await asyncio.sleep(0.005)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print('sem', active)

    # run_in_executor-free thread-safe call
    loop.call_soon_threadsafe(print, 'threadsafe')
    await asyncio.sleep(0)
    print('current task', asyncio.current_task().get_name())
    print('all tasks', len(asyncio.all_tasks()))


asyncio.run(main())
print('after run')
print(asyncio.run(work('last', 0, 42)))

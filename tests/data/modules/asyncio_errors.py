import asyncio
import sys
import traceback

HERE = __file__.rsplit('/', 1)[-1]


def show(exc):
    """The traceback as python3 prints it, keeping only this file's frames (the stdlib's differ by path)."""
    lines = traceback.format_exception(exc)
    keep = True
    for chunk in lines:
        for line in chunk.splitlines():
            s = line.strip(' |')
            if s.startswith('File "'):
                keep = HERE in s
                if keep:
                    print(line.replace(s[:s.index(HERE) + len(HERE)], 'File "' + HERE))
                continue
            if keep or not line.startswith(('    ', '  |     ')):
                if s.startswith('File') is False:
                    print(line)


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def nested():
    await fail('deep')


async def ok(n, delay=0.0):
    await asyncio.sleep(delay)
    return n


async def main():
    try:
        await nested()
    except ValueError as e:
        show(e)

    t = asyncio.create_task(fail('in task', 0.01))
    try:
        await t
    except ValueError as e:
        print('task exception:', t.exception())
        show(e)

    # TaskGroup collecting failures into an ExceptionGroup
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('first', 0.01))
            tg.create_task(fail('second', 5))
            tg.create_task(ok(1, 0.005))
    except* ValueError as eg:
        print('except* got', sorted(str(e) for e in eg.exceptions))
        show(eg)

    # TaskGroup success
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(ok(i, 0.001 * (3 - i))) for i in range(3)]
    print('taskgroup results', [t.result() for t in ts])

    # a failing task cancels its siblings
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('sibling cancelled')
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail('stop', 0.01))
    except ExceptionGroup as eg:
        print('group', eg.message, [repr(e) for e in eg.exceptions])

    # exception chaining inside coroutines
    async def chained():
        try:
            await fail('original')
        except ValueError as e:
            raise RuntimeError('wrapped') from e
    try:
        await chained()
    except RuntimeError as e:
        show(e)

    # an unretrieved task exception does not stop the program
    t = asyncio.create_task(fail('ignored'))
    await asyncio.sleep(0.01)
    print('done?', t.done(), type(t.exception()).__name__)

    # wait_for cancels the inner coroutine on timeout
    async def sleeper():
        try:
            await asyncio.sleep(1)
        finally:
            print('sleeper finally')
    try:
        await asyncio.wait_for(sleeper(), 0.01)
    except TimeoutError as e:
        show(e)


asyncio.run(main())


async def top():
    await fail('uncaught')

try:
    asyncio.run(top())
except ValueError as e:
    show(e)
try:
    asyncio.run(asyncio.sleep(0, 'x'), debug=False)
    asyncio.run(1)
except ValueError as e:
    print('ValueError', e)
try:
    asyncio.run(ok(1))
    async def inner():
        c = ok(2)
        try:
            asyncio.run(c)
        finally:
            c.close()
    asyncio.run(inner())
except RuntimeError as e:
    print('RuntimeError', e)

import asyncio
async def work(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    rs = await asyncio.gather(*(work(i) for i in range(4)))
    print(rs)
asyncio.run(main())

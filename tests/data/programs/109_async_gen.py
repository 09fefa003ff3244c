import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def main():
    print([x async for x in agen(4)])
    async for y in agen(2):
        print("y", y)
asyncio.run(main())

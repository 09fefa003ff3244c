import asyncio, socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b'hello\nworld\n')
    await w1.drain()
    print(await r2.readline(), await r2.readexactly(6))
    w2.write(b'x' * 300000)
    async def reader():
        n = 0
        while n < 300000:
            data = await r1.read(65536)
            n += len(data)
        return n
    t = asyncio.create_task(reader())
    await w2.drain()
    print('read', await t)
    print(w1.get_extra_info('peername'), w1.get_extra_info('socket').family)
    w1.close()
    await w1.wait_closed()
    print('eof', await r2.read(), r2.at_eof())
    w2.close()
    await w2.wait_closed()

    loop = asyncio.get_running_loop()
    c, d = socket.socketpair()
    c.setblocking(False); d.setblocking(False)
    await loop.sock_sendall(c, b'low level')
    print(await loop.sock_recv(d, 100))
    buf = bytearray(5)
    await loop.sock_sendall(c, b'12345')
    print(await loop.sock_recv_into(d, buf), buf)
    fut = loop.create_future()
    loop.add_reader(d.fileno(), lambda: fut.set_result(d.recv(10)))
    c.send(b'reader')
    print(await fut)
    loop.remove_reader(d.fileno())
    c.close(); d.close()

    class Proto(asyncio.Protocol):
        def connection_made(self, tr):
            print('made'); self.tr = tr
        def data_received(self, data):
            print('got', data)
        def eof_received(self):
            print('eof received')
        def connection_lost(self, exc):
            print('lost', exc)
            done.set_result(None)
    done = loop.create_future()
    e, f = socket.socketpair()
    tr, pr = await loop.create_connection(Proto, sock=e)
    f.send(b'proto data')
    await asyncio.sleep(0.01)
    f.close()
    await done

asyncio.run(main())

# coroutine.cr_suspended (3.11) before, while and after running.
import types
@types.coroutine
def step():
    yield
async def c(log):
    log.append(co.cr_suspended)
    await step()
    return 1
log = []
co = c(log)
print(co.cr_suspended, co.cr_running)
co.send(None)
print(co.cr_suspended, log)
try:
    co.send(None)
except StopIteration as e:
    print('done', e.value, co.cr_suspended)

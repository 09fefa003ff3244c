# Callbacks and an observer pattern: bound methods, closures, decorators registering handlers.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for h in self.handlers.get(event, []):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results

bus = EventBus()

@bus.on("greet")
def hello(name):
    return f"hello {name}"

@bus.on("greet")
def shout(name):
    return name.upper() + "!"

class Logger:
    def __init__(self):
        self.lines = []
    def log(self, *args, **kw):
        self.lines.append((args, kw))
        return len(self.lines)

log = Logger()
bus.on("greet")(log.log)
bus.on("fail")(lambda: 1 / 0)
print(bus.emit("greet", "ann"))
print(bus.emit("greet", name="bob"))
print(bus.emit("fail"), bus.emit("nothing"))
print(log.lines, sorted(bus.handlers), [len(v) for v in bus.handlers.values()])

# A traffic-light state machine using dicts of transitions and a generator driver.
TRANSITIONS = {
    "red": ("green", 3),
    "green": ("yellow", 2),
    "yellow": ("red", 1),
}

def run(start, ticks):
    state, remaining = start, TRANSITIONS[start][1]
    for t in range(ticks):
        yield t, state, remaining
        remaining -= 1
        if remaining == 0:
            state = TRANSITIONS[state][0]
            remaining = TRANSITIONS[state][1]

for tick, state, left in run("red", 10):
    print(f"t={tick:2} {state:<6} {'*' * left}")

class Door:
    def __init__(self):
        self.state = "closed"
    def handle(self, event):
        table = {("closed", "open"): "opened", ("opened", "close"): "closed",
                 ("closed", "lock"): "locked", ("locked", "unlock"): "closed"}
        new = table.get((self.state, event))
        if new is None:
            return f"cannot {event} when {self.state}"
        self.state = new
        return self.state

d = Door()
print([d.handle(e) for e in ["open", "lock", "close", "lock", "open", "unlock", "open"]])

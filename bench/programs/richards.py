# Method-call-heavy OO (a scheduler in the style of Richards): classes with
# inheritance, attribute access, small methods, polymorphic dispatch.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, ident, prio, wkq):
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.held = False
        self.waiting = wkq is not None
        self.count = 0

    def runnable(self):
        return not self.held and (self.wkq is not None or not self.waiting)

    def take(self):
        p = self.wkq
        self.wkq = p.link
        self.waiting = self.wkq is not None
        return p

    def give(self, pkt):
        self.wkq = pkt.append_to(self.wkq)
        self.waiting = True

class Worker(Task):
    def step(self, pkt, sched):
        self.count += 1
        pkt.kind = 1 - pkt.kind
        pkt.datum = (pkt.datum + self.count) % 26
        for i in range(4):
            pkt.data[i] = (pkt.data[i] + pkt.datum + i) & 255
        return sched.send(pkt, self.ident % 3 + 1)

class Handler(Task):
    def step(self, pkt, sched):
        self.count += pkt.datum
        pkt.datum += 1
        return sched.send(pkt, (self.ident + 1) % 4)

class Idler(Task):
    def step(self, pkt, sched):
        self.count += 1
        return sched.send(pkt, self.count % 4)

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sends = 0

    def add(self, task):
        self.tasks.append(task)

    def send(self, pkt, dest):
        self.sends += 1
        self.tasks[dest].give(pkt)
        return pkt

    def run(self, rounds):
        for _ in range(rounds):
            for t in self.tasks:
                if t.runnable() and t.wkq is not None:
                    t.step(t.take(), self)
        return self.sends, [t.count for t in self.tasks]

def main():
    s = Scheduler()
    pkts = None
    for i in range(8):
        pkts = Packet(None, i, i % 2).append_to(pkts)
    s.add(Idler(0, 1, pkts))
    s.add(Worker(1, 2, None))
    s.add(Handler(2, 3, None))
    s.add(Handler(3, 4, None))
    return s.run(150_000)

print(main())

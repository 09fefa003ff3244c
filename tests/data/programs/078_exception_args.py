class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "missing")
except E as e:
    print(e.code, e, e.args)

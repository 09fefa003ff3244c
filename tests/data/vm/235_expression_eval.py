# A recursive-descent calculator: tokenizer with a generator, parser with precedence.
def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield ("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]))
            i = j
        elif c in "+-*/()":
            yield ("op", c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    yield ("end", None)

class Parser:
    def __init__(self, src):
        self.toks = list(tokens(src))
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            v = v * self.factor() if op == "*" else v / self.factor()
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError(f"unexpected {val!r}")

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * 3.5", "1 / 0", "2 $ 3", "(1 +"]:
    try:
        print(src, "=", Parser(src).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)

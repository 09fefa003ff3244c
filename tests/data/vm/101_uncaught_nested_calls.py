# A traceback through several frames: module, functions, a method.
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.item(part) for part in self.text.split(",")]

    def item(self, part):
        return convert(part.strip())

def convert(s):
    return int(s)

def main():
    p = Parser("1, 2, three")
    return p.parse()

print("parsing")
main()

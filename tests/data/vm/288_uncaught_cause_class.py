# raise X from Y where Y is a class: the cause is instantiated.
def parse(text):
    if not text:
        raise ValueError("empty input") from KeyError
    return text

try:
    parse("")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
print(parse("fine"))
parse("")

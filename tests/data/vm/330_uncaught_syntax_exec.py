# A SyntaxError raised at run time is reported with its file, line, text and carets.
def run(src):
    exec(src)

print("before")
run("x = [1, 2,\n  3 + ]\n")

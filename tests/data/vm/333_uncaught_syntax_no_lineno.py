# A SyntaxError without a usable lineno prints like any exception: "SyntaxError: msg".
e = SyntaxError("no location")
print(e.lineno, e.print_file_and_line)
raise e

# IndentationError (a SyntaxError subclass): one caret, end_offset ignored.
src = "if True:\npass\n"
compile(src, "indent.py", "exec")

# except* handles part of a group; the rest propagates and is printed.
def run():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("worse")])

try:
    run()
except* TypeError as e:
    print("first pass handled", len(e.exceptions), "type errors")
except* ValueError as e:
    print("first pass handled", len(e.exceptions), "value errors")
try:
    run()
except* ValueError as e:
    print("handled", len(e.exceptions), "value errors")

# Raising from inside an except* handler: the new exception joins the group.
def jobs():
    return [ValueError("a"), KeyError("b")]

print([type(e).__name__ for e in jobs()])
try:
    raise ExceptionGroup("jobs", jobs())
except* ValueError:
    raise TypeError("handler failed")
except* KeyError:
    print("keys handled")

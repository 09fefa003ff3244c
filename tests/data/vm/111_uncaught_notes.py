# An uncaught exception with notes prints them after the message.
def validate(rec):
    if "id" not in rec:
        err = KeyError("id")
        err.add_note(f"record: {rec!r}")
        err.add_note("hint: every record needs an id")
        raise err

validate({"id": 1})
validate({"name": "x"})

# An exception message with several lines, and a long argument list spanning lines.
def check(rows):
    problems = [f"row {i}: {r!r}" for i, r in enumerate(rows) if not isinstance(r, int)]
    if problems:
        raise ValueError("invalid rows:\n" + "\n".join(problems))

check([1, 2, 3])
check(
    [1, "two", 3.0],
)

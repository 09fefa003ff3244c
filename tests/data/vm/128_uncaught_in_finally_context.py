# An exception raised in a finally block while another propagates.
def work():
    try:
        raise ValueError("primary failure")
    finally:
        cleanup()

def cleanup():
    raise OSError("cleanup failed")

work()

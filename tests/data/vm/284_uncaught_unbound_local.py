# UnboundLocalError with 3.11's message.
count = 10

def read():
    return count

def increment():
    count += 1
    return count

print("count is", read())
increment()

# Infinite recursion: RecursionError and "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

def walk(node):
    return walk(node + 1)

print(countdown(100))
print("going deep")
walk(0)

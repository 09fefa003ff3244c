# Recursion: factorial, fibonacci with memo dict, mutual recursion, deep recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(25))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(90))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(100), is_odd(7))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

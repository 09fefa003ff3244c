class S:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(S(), [S()], f"{S()} {S()!r}", str(S()), repr(S()))

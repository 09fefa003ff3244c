vowels = sum(1 for ch in "Programming Language" if ch.lower() in "aeiou")
print(vowels, [c for c in "hello" if c != "l"], "".join(reversed("stressed")))

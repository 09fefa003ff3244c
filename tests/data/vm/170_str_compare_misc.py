# Comparisons, concatenation in loops, containment, min/max/sorted of strings.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", ""]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(min(words), max(words), "apple" < "apples", "b" > "abc", "A" < "a")
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc), acc[3:7])
print("abc" == "abc", "abc" != None, "a" in "abc", "ac" in "abc", "" in "abc")
print(str(123), str(-1.5), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print("abc".__hash__() == hash("abc"), hash("") == 0)
print(repr(str()), str(object=5), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", errors="strict"))
parts = []
for w in "the quick brown fox".split():
    parts.append(w[::-1].capitalize())
print(" ".join(parts))
print("a" "b" 'c', "multi"
      "line")
print("abc"[0] + "abc"[-1], "".join(reversed("stressed")), "level" == "level"[::-1])

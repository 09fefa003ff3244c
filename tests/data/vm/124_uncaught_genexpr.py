# A frame named <genexpr>, and markers under the call that consumed it.
words = ["alpha", "beta", "gamma", "delta"]
total = sum(len(w) for w in words)
print("total", total)
longest = max((len(w), w) for w in words)
print("longest", longest)
words[2] = None
print(words)
total = sum(len(w) for w in words)
print("unreachable")

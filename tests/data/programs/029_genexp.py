print(sum(x * x for x in range(100)), any(x > 5 for x in [1, 7]), all(x for x in []), max((len(w), w) for w in "the quick brown".split()))

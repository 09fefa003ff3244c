# Dict-heavy counting: str and int keys, get/setdefault, items iteration, dict comprehensions.
def run(n):
    counts = {}
    for i in range(n):
        k = i * 7919 % 1009
        counts[k] = counts.get(k, 0) + 1
    words = {}
    for i in range(n // 2):
        w = "k" + str(i % 2003)
        words.setdefault(w, []).append(i)
    inverted = {v: k for k, v in counts.items()}
    total = 0
    for k, v in words.items():
        total += len(v) + len(k)
    merged = {**counts, **{k + 2000: v for k, v in counts.items()}}
    return len(counts), len(words), len(inverted), total, sum(merged.values())

print(run(1_500_000))

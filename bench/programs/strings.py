# String building, methods, formatting and dict counting.
def run(n):
    words = []
    for i in range(n):
        words.append(f"w{i % 97}-{i % 13}")
    text = " ".join(words)
    counts = {}
    for w in text.split():
        key = w.upper().replace("-", "_")
        counts[key] = counts.get(key, 0) + 1
    return len(counts), sum(counts.values()), max(counts)

print(run(600_000))

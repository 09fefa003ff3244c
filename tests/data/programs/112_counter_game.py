scores = {"a": 0, "b": 0}
for i, player in enumerate("ababbaab" * 3):
    scores[player] += i % 3
winner = max(scores, key=scores.get)
print(scores, winner)

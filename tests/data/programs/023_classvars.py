class K:
    count = 0
    def __init__(self):
        K.count += 1
for _ in range(4):
    K()
print(K.count)

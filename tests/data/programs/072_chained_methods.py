print(" ".join(w.capitalize() for w in "hello big world".split()).replace("Big", "BIG").center(20, "."))

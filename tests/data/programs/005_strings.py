s = "Hello, World"
print(s.lower(), s.upper(), s[::-1], s.split(", "), s.find("W"), s.replace("l", "L"), s * 2)

# Markers under a method call on a value produced by a subscript and a call.
config = {"paths": ["/usr", "/opt"], "name": "demo"}

def get(key):
    return config.get(key)

print(get("name").upper())
print(get("paths")[0].upper())
print([p.upper() for p in get("paths")])
print(get("missing"))
print(get("missing").upper())

# Markers under a failing subscript in a chain.
data = {"users": [{"name": "ann"}, {"name": "bob", "email": "b@x"}]}
print(data["users"][1]["name"])
print(data["users"][1]["email"])
for user in data["users"]:
    print(user["name"], "email" in user)
count = len(data["users"])
print("users:", count)
print(data["users"][0]["email"].upper())
print("unreachable")

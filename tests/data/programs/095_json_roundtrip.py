import json
data = {"name": "t", "vals": [1, 2.5, None, True], "nested": {"k": "v"}}
s = json.dumps(data, sort_keys=True)
print(s, json.loads(s) == data)

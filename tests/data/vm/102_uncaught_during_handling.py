# "During handling of the above exception, another exception occurred".
def load(config):
    try:
        return config["path"]
    except KeyError:
        return config.get_default("path")

print("loading")
print(load({"path": "/etc"}))
settings = {"name": "x"}
print(sorted(settings))
load(settings)

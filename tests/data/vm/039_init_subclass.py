# __init_subclass__ with keyword arguments, __set_name__ order, __class_getitem__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry))
print(Gamma.plugin_name, Beta.plugin_name)

try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print(e)

class Named:
    def __set_name__(self, owner, name):
        print("named", owner.__name__, name)

class Holder:
    first = Named()
    second = Named()

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"

print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__)

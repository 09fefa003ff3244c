# A traceback through __init__, a property and a staticmethod.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
        self.check()

    @property
    def celsius(self):
        return self.kelvin - 273.15

    def check(self):
        if self.celsius < -273.15:
            raise ValueError(Temperature.describe(self.kelvin))

    @staticmethod
    def describe(k):
        return f"impossible temperature: {k} K"

print(Temperature(300).celsius)
Temperature(-5)

class MyErr(Exception):
    pass
try:
    try:
        {}["k"]
    except KeyError as e:
        raise MyErr("wrapped") from e
except MyErr as e:
    print(e, type(e.__cause__).__name__)

log = []
def f():
    try:
        log.append("try")
        raise KeyError("k")
    except KeyError:
        log.append("except")
        return "ret"
    finally:
        log.append("finally")
print(f(), log)

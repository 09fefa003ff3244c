print(abs(-3), pow(2, 10, 1000), chr(65), ord("a"), hex(255), oct(8), bin(5), round(3.7), divmod(-7, 2), isinstance(1, (int, str)), callable(len), type(1.0).__name__)

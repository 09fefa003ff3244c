print("{} {name} {0}".format(1, name="n"), "{:^9}".format("mid"), "{:+.3e}".format(1234.5))

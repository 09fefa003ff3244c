print(0.1 + 0.2, 1e300 * 10, 1 / 3, round(2.675, 2), float("nan") != float("nan"), 7.0 // 2, -7 % 3)

print("tab\tnew\\nquote\"", r"raw\n", "\u00e9\N{GREEK SMALL LETTER ALPHA}", len("\x00\xff"), repr("it's"), """multi
line""")

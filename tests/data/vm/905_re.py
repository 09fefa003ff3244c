# re: match/search/findall/finditer/sub/split, groups, named groups, flags.
import re
text = "Order 66 shipped on 2024-03-15; order 7 on 2023-12-01."
print(re.findall(r"\d{4}-\d{2}-\d{2}", text))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)
print(m.group(0), m.group("y"), m.groups(), m.groupdict(), m.span(), m.start("m"))
print(re.match(r"order", text), re.match(r"order", text, re.I).group())
print([mm.group() for mm in re.finditer(r"\b\w{5}\b", text)])
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.subn("a", "A", "banana"))
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"))
pat = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.M)
print(pat.findall("a = 1\n  b=two  \nc =  3 "))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.escape("a.b*c"), bool(re.search("colou?r", "The color")))

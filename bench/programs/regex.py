# Regular expressions: compiled patterns, search/findall/sub over generated text.
import re
def run(n):
    lines = [f"user{i}@host{i % 17}.example.com  id={i * 7} date=2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}" for i in range(n)]
    text = "\n".join(lines)
    email = re.compile(r"([\w.]+)@([\w.]+)")
    date = re.compile(r"date=(\d{4})-(\d\d)-(\d\d)")
    ids = [int(m) for m in re.findall(r"id=(\d+)", text)]
    hosts = {}
    for m in email.finditer(text):
        hosts[m.group(2)] = hosts.get(m.group(2), 0) + 1
    months = sum(1 for line in lines if (m := date.search(line)) and m.group(2) == "06")
    masked = re.sub(r"\d", "#", text[:2000])
    return len(ids), sum(ids), len(hosts), months, masked[:40]

print(run(20000))

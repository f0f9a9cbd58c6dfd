"""Prints the per-request table of a Gatling report (its index.html) as Markdown."""
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
# One row per request: its name, then the cells: total, ok, ko, ko %, req/s, min, p50, p75, p95, p99, max, mean, sd.
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>.*?((?:<td class="value[^"]*">[^<]*</td>\s*){13})', html, re.S)
print("| request | count | failed | req/s | p50 ms | p95 ms | p99 ms | max ms | mean ms |")
print("|---|---|---|---|---|---|---|---|---|")
for name, cells in rows:
    v = re.findall(r'>([^<]*)</td>', cells)
    print(f"| {name} | {v[0]} | {v[2] if v[2] != '-' else 0} | {v[4]} | {v[6]} | {v[8]} | {v[9]} | {v[10]} | {v[11]} |")

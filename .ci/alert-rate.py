#!/usr/bin/env python3
"""BBC control figures from a replay report: the share of articles that produced an alert, per section."""
import collections
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
alert_ids = {a["id"] for a in report["alerts"]}
by_section = collections.defaultdict(lambda: [0, 0])
for art in report["articles"]:
    section = art["source"].split("/")[0]
    by_section[section][1] += 1
    if any(d in alert_ids for d in art["developments"]):
        by_section[section][0] += 1
total = sum(n for _, n in by_section.values())
alerting = sum(a for a, _ in by_section.values())
print(f"articles={total} alerting={alerting} share={alerting / max(total, 1):.3f}")
for section, (a, n) in sorted(by_section.items()):
    print(f"  {section}: {a}/{n} = {a / max(n, 1):.3f}")

#!/usr/bin/env python3
"""BBC control figures from a replay report: how many articles started an alert (per section), how many
only joined one, and the largest merges (a control set of unrelated stories should merge little)."""
import argparse
import collections
import json
import sys

ap = argparse.ArgumentParser()
ap.add_argument("report")
ap.add_argument("--max-share", type=float, default=1.0, help="fail when more articles than this share start an alert")
args = ap.parse_args()
report = json.load(open(args.report, encoding="utf-8"))
alerts = report["alerts"]
started = {a["sources"][0] for a in alerts if a["sources"]}
alert_ids = {a["id"] for a in alerts}
by_section = collections.defaultdict(lambda: [0, 0])
joined = 0
for art in report["articles"]:
    section = art["source"].split("/")[0]
    by_section[section][1] += 1
    if art["source"] in started:
        by_section[section][0] += 1
    elif any(d in alert_ids for d in art["developments"]):
        joined += 1
total = sum(n for _, n in by_section.values())
alerting = sum(a for a, _ in by_section.values())
print(f"articles={total} started_alert={alerting} share={alerting / max(total, 1):.3f} joined_existing_alert={joined} alerts={len(alerts)}")
for section, (a, n) in sorted(by_section.items()):
    print(f"  {section}: {a}/{n} = {a / max(n, 1):.3f}")
sizes = sorted((len(a["sources"]) for a in alerts), reverse=True)
print(f"sources per alert: max={sizes[0] if sizes else 0} alerts_with_more_than_one={sum(1 for s in sizes if s > 1)}")
if alerting / max(total, 1) > args.max_share:
    print(f"FAIL: {alerting / max(total, 1):.3f} of articles started an alert, more than {args.max_share}")
    sys.exit(1)

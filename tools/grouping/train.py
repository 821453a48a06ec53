#!/usr/bin/env python3
"""Learn the grouping weights (GroupingWeights.cs) from labelled windows, leaving one window out.

Inputs: for each window, the signal dump of its reports (made by the benchmarks project, in replay order and weighed as the
pipeline weighs them) and the window's gold file (its `events`: which event each item reports):

    dotnet run -c Release --project tests/AlertBot.Benchmarks -- signals ../shared/corpus/live/apr2024 /tmp/apr2024.jsonl
    python3 tools/grouping/train.py --window apr2024=/tmp/apr2024.jsonl:../shared/corpus/live/apr2024.gold.json ...

For each window it picks the weights that do best on the other windows (mean B-cubed F1) and reports them on the held-out
one; then it picks the weights that do best on all windows together: those are what the product ships. The grouping here
mirrors DevelopmentIndex: a report joins the development whose two most alike reports (their mean margin over the
threshold) are best, within the time window, or starts one.
Standard library only.
"""
import argparse, itertools, json, math
from collections import defaultdict


def load(dump, gold):
    events = json.load(open(gold, encoding="utf-8"))["events"]
    reports = []
    for line in open(dump, encoding="utf-8"):
        a = json.loads(line)
        for i, r in enumerate(a["reports"]):
            if r["sameAs"] >= 0:
                continue
            emb = r.get("embedding")
            reports.append(dict(article=a["source"], main=i == 0, time=a["time"] / 3600.0, terms=r["terms"],
                                names=sorted(set(r["names"])), emb=emb, places=r.get("places", []),
                                family=r.get("family", 0), clause=i > 0))
    return reports, events


def label_of(events, source):
    for k, v in events.items():
        if source == k or source.endswith("/" + k) or source.endswith(k):
            return v
    return None


def shared_names(a, b):
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / (1.0 + min(len(a), len(b)))


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def nearest_km(a, b):
    """How near the two reports' towns come; None when either names none."""
    if not a or not b:
        return None
    return min(km(x, y) for x in a for y in b)


CASUALTIES = 9  # EventFamily: a toll agrees with attacks (1), disasters and accidents (5), crackdowns (6)


def kinds_conflict(x, y):
    """EventFamily.Conflict."""
    if x == CASUALTIES or y == CASUALTIES:
        return (y if x == CASUALTIES else x) not in (0, 1, 5, 6, CASUALTIES)
    return x != 0 and y != 0 and x != y


def hours_apart(a, b):
    """DevelopmentIndex.HoursApart: a time of exactly midnight UTC is a date without a time, any moment of that day."""
    def span(t):
        return (t, t + 24.0) if (t * 3600.0) % 86400 == 0 else (t, t)
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 - b1 if a0 > b1 else b0 - a1 if b0 > a1 else 0.0


def pair_table(reports):
    n = len(reports)
    table = {}
    for i in range(n):
        a = reports[i]
        for j in range(i):
            b = reports[j]
            lex = sum(w * b["terms"].get(t, 0.0) for t, w in a["terms"].items())
            if lex == 0.0:
                continue  # the index only compares reports that share a word
            emb = sum(x * y for x, y in zip(a["emb"], b["emb"])) if a["emb"] and b["emb"] else None
            conflict = kinds_conflict(a["family"], b["family"])
            table[(i, j)] = (emb, lex, shared_names(a["names"], b["names"]), hours_apart(a["time"], b["time"]),
                             nearest_km(a["places"], b["places"]), conflict, a["clause"] or b["clause"], same_storm(a, b))
    return table


CLAUSE_ALLOWANCE = 0.05  # GroupingWeights.ClauseAllowance
STORM = "storm:"  # ReportText.StormPrefix: a storm the headline names
QUAKE = "quake:"  # ReportText.QuakePrefix: an earthquake in a country


def same_storm(a, b):
    """DevelopmentIndex.SameStorm or SameQuake: both headlines name one storm, or both tell of one country's earthquake."""
    return bool({n for n in a["names"] if n.startswith((STORM, QUAKE))} & set(b["names"]))


def margin(w, emb, lex, names, hours, near, conflict, clause, storm=False):
    alpha, beta, gamma, thr, veto, kind_veto = w
    thr = thr - CLAUSE_ALLOWANCE if clause else thr
    if (veto > 0 and near is not None and near > veto) or (kind_veto and conflict):
        return None
    e = emb if emb is not None else 0.0
    m = alpha * e + (1 - alpha) * lex + gamma * names - beta * math.log(1 + hours) - thr
    return 0.0 if m < 0 and storm else m


def cluster(reports, table, w, window):
    dev_of = []
    members = defaultdict(list)
    for i, r in enumerate(reports):
        best = {}
        for j in range(i):
            p = table.get((i, j))
            if p is None or p[3] > window:
                continue
            m = margin(w, *p)
            if m is None:
                continue
            d = dev_of[j]
            top = best.setdefault(d, [-1e9, -1e9, 0])
            if m > top[0]:
                top[1], top[0] = top[0], m
            elif m > top[1]:
                top[1] = m
            top[2] += 1
        choice, score = None, None
        for d, (f, s, c) in best.items():
            sc = f if c == 1 else (f + s) / 2
            if sc >= 0 and (score is None or sc > score or (sc == score and d < choice)):
                choice, score = d, sc
        if choice is None:
            choice = i
        # A report whose best match its own article already joined is that development again (Grouper folds it in).
        dev_of.append(choice)
        members[choice].append(i)
    return dev_of


def bcubed(reports, dev_of, events):
    first = {}
    for r, d in zip(reports, dev_of):
        if r["main"]:
            first[r["article"]] = d
    lab = {}
    for src, d in first.items():
        ev = label_of(events, src)
        if ev is not None:
            lab[src] = (ev, d)
    by_ev, by_dev = defaultdict(set), defaultdict(set)
    for k, (ev, d) in lab.items():
        by_ev[ev].add(k)
        by_dev[d].add(k)
    p = r = 0.0
    for k, (ev, d) in lab.items():
        both = len(by_dev[d] & by_ev[ev])
        p += both / len(by_dev[d])
        r += both / len(by_ev[ev])
    n = len(lab) or 1
    p, r = p / n, r / n
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--window", action="append", required=True, help="NAME=DUMP.jsonl:GOLD.json")
    ap.add_argument("--hours", type=float, default=168)
    ap.add_argument("--lexical", action="store_true", help="learn the weights used without an embedding model")
    ap.add_argument("--frontier", metavar="NAME", help="also report the best NAME can score while every other window keeps --bar")
    ap.add_argument("--bar", type=float, default=0.85, help="B-cubed F1 the other windows must keep for --frontier")
    args = ap.parse_args()
    data = {}
    for spec in args.window:
        name, rest = spec.split("=", 1)
        dump, gold = rest.split(":", 1)
        reports, events = load(dump, gold)
        if args.lexical:
            for r in reports:
                r["emb"] = None
        data[name] = (reports, events, pair_table(reports))
    alphas = [0.0] if args.lexical else [0.4, 0.5, 0.6, 0.7]
    grid = list(itertools.product(alphas, [0.0, 0.03, 0.05, 0.07, 0.09], [0.0, 0.1, 0.2],
                                  [0.05, 0.1, 0.15, 0.2] if args.lexical else [0.3, 0.35, 0.4, 0.45], [0, 100, 300], [False, True]))
    scores = {}
    for w in grid:
        scores[w] = {n: bcubed(r, cluster(r, t, w, args.hours), e) for n, (r, e, t) in data.items()}
    names = list(data)
    print("leave one window out (weights chosen on the others, B-cubed F1 on the held-out window):")
    for held in names:
        rest = [n for n in names if n != held]
        w = max(grid, key=lambda g: (sum(scores[g][n] for n in rest), g))
        print(f"  {held}: {scores[w][held]:.3f}  (train {' '.join(f'{scores[w][n]:.3f}' for n in rest)})  "
              f"alpha={w[0]} beta={w[1]} gamma={w[2]} threshold={w[3]} place_veto_km={w[4]} kind_veto={w[5]}")
    if args.frontier:
        # Whether one window's bar can be met without giving up another's: the answer for these weights, not a choice.
        others = [n for n in names if n != args.frontier]
        keep = [g for g in grid if all(scores[g][n] >= args.bar for n in others)]
        best = max(grid, key=lambda g: (scores[g][args.frontier], g))
        print(f"frontier: best {args.frontier} {scores[best][args.frontier]:.3f} with "
              + " ".join(f"{n}={scores[best][n]:.3f}" for n in others) + f"  (weights {best})")
        if keep:
            kept = max(keep, key=lambda g: (scores[g][args.frontier], g))
            print(f"frontier: best {args.frontier} while every other window keeps {args.bar}: {scores[kept][args.frontier]:.3f}  (weights {kept})")
        else:
            print(f"frontier: no weights keep every other window at {args.bar}")
    w = max(grid, key=lambda g: (sum(scores[g].values()), min(scores[g].values()), g))
    print(f"all windows: alpha={w[0]} beta={w[1]} gamma={w[2]} threshold={w[3]} place_veto_km={w[4]} kind_veto={w[5]}  "
          + " ".join(f"{n}={scores[w][n]:.3f}" for n in names))


if __name__ == "__main__":
    main()

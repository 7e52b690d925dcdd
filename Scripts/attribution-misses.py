#!/usr/bin/env python3
"""Sorts the attribution misses of a score_polnear.py --dump into the issue's
categories, by heuristics over the dump's fields (gold speaker, PolNeAR's
source span and cue, the predicted speaker) and the parse's entities. Each miss
goes to the first category whose test it passes. Rough, but the same rules
for every parse, so two parses compare.

    score_polnear.py --gold G --pred P.json --dump D.jsonl
    Scripts/attribution-misses.py D.jsonl P.json
"""
import json, re, sys
from collections import Counter, OrderedDict

dump, pred = sys.argv[1], sys.argv[2]
articles = {}
for a in json.load(open(pred)):
    name = a["file"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    articles[name] = a

SAID = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "according to", "said:", "told reporters"}
PRONOUN = {"he", "she", "they", "it", "him", "her"}

def people(a):
    return [p["name"] for p in a.get("people", [])]

def category(r, a):
    gold, got, src, cue = r["gold_speaker"], r["pred_speaker"], r["source_mention"] or "", (r["cue"] or "").lower().strip()
    names = people(a) if a else []
    if r["bucket"] == "anonymous":
        return "anonymous sources stay anonymous"
    if r["kind"] in ("org", "country"):
        return "organisations and outlets speak"
    if cue in (":", "―", "—", "-", "--") or cue.startswith("says") and r.get("paragraph") == 0:
        return "headline, transcript and dash credits"
    last = gold.split()[-1] if gold else ""
    if got and gold and got != gold:
        if got.split()[-1] == last:
            return "same surname, different people"
        if last and last in got.split() or gold in got or got in gold:
            return "titles and short forms"
        if re.search(r"\b(Says|Is|Goes|Speaks|Sees|Calls)\b", got):
            return "title-case things become people"
    if last and not any(last in n.split() for n in names):
        return "names it does not know"
    if cue and cue not in SAID and not cue.startswith(("said", "says", "told", "tell")):
        return "cues that are not said"
    if "," in src:
        return "speaker after the quote, name first (appositions)"
    if src.lower() in PRONOUN:
        return "pronouns"
    return "other (context, split quotes, floating)"

counts = Counter()
for line in open(dump):
    r = json.loads(line)
    if r["bucket"] not in ("named", "anonymous") or r["right"]:
        continue
    counts[category(r, articles.get(r["article"]))] += 1
for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
    print(f"{v:4d}  {k}")
print(f"{sum(counts.values()):4d}  total")

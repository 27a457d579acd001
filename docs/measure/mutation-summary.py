#!/usr/bin/env python3
"""The mutation score by folder, as a Markdown table, from Stryker's JSON report (mutation-testing-elements
schema). Score = detected / (detected + undetected), where detected is Killed or Timeout and undetected is
Survived or NoCoverage; CompileError and Ignored mutants are counted apart and left out of the score.
Usage: python3 docs/measure/mutation-summary.py artifacts/stryker/reports/mutation-report.json [--survivors]"""
import json
import os
import sys
from collections import Counter, defaultdict

report = json.load(open(sys.argv[1]))
by_folder = defaultdict(Counter)
survivors = []
for path, file in report["files"].items():
    rel = path.split("src/Resolution2006_27.Model/", 1)[-1]
    folder = os.path.dirname(rel) or "(root)"
    for m in file["mutants"]:
        by_folder[folder][m["status"]] += 1
        if m["status"] in ("Survived", "NoCoverage"):
            line = m["location"]["start"]["line"]
            survivors.append(f"{rel}:{line}: {m['status']}: {m['mutatorName']}: {m.get('replacement', '')[:100]!r}")


def row(name, c):
    detected = c["Killed"] + c["Timeout"]
    undetected = c["Survived"] + c["NoCoverage"]
    score = f"{100 * detected / (detected + undetected):.1f} %" if detected + undetected else "n/a"
    return f"| {name} | {score} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['CompileError']} | {c['Ignored']} |"


print("| folder | score | killed | timeout | survived | no coverage | compile error | ignored |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
total = Counter()
for folder in sorted(by_folder):
    total.update(by_folder[folder])
    print(row(folder, by_folder[folder]))
print(row("**all**", total))
if "--survivors" in sys.argv:
    print()
    print("\n".join(sorted(survivors)))

#!/usr/bin/env python3
"""The mutation score by folder, as a Markdown table, from Stryker's JSON report (mutation-testing-elements
schema). Score = detected / (detected + undetected), where detected is Killed or Timeout and undetected is
Survived or NoCoverage; CompileError and Ignored mutants are counted apart and left out of the score.
A kill none of whose killing tests covers the mutant is "suspect": Stryker's MTP runner reuses test
processes (stryker-net#3742), so such a kill may come from state another mutant left behind. Suspect
kills are counted as undetected, so the score is a floor. Static mutants (in static initializers, which
run once per process) cannot be judged by a runner that reuses the process: they are counted apart.
Usage: python3 docs/measure/mutation-summary.py REPORT.json [REPORT.json ...] [--survivors]
(several reports, one per folder run, sum into one table)."""
import json
import os
import sys
from collections import Counter, defaultdict


def judged(m):
    """A mutant's status as the score counts it: "Static" for a static mutant that was run, "Suspect" for a kill by
    tests none of which covers it, otherwise Stryker's status. mutation-sample.py judges by it too."""
    status = m["status"]
    if m.get("static") and status in ("Killed", "Survived", "Timeout", "NoCoverage"):
        return "Static"
    covered = set(m.get("coveredBy") or [])
    if status == "Killed" and covered and not covered & set(m.get("killedBy") or []):
        return "Suspect"
    return status


def folder_of(rel):
    """The folder of a path inside the library ("Parsing"), "(root)" for its top level. mutation-sample.py uses it too."""
    return os.path.dirname(rel) or "(root)"


def table(columns, by_folder, row):
    """A Markdown table: the columns, a row per folder in order, and a last row that sums them. mutation-sample.py
    prints its table with it too."""
    lines = ["| " + " | ".join(columns) + " |", "| --- |" + " ---: |" * (len(columns) - 1)]
    total = Counter()
    for folder in sorted(by_folder):
        total.update(by_folder[folder])
        lines.append(row(folder, by_folder[folder]))
    lines.append(row("**all**", total))
    return "\n".join(lines)


def row(name, c):
    detected = c["Killed"] + c["Timeout"]
    undetected = c["Survived"] + c["NoCoverage"] + c["Suspect"]
    score = f"{100 * detected / (detected + undetected):.1f} %" if detected + undetected else "n/a"
    return f"| {name} | {score} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['Suspect']} | {c['Static']} | {c['CompileError']} | {c['Ignored']} |"


def main():
    reports = [json.load(open(p)) for p in sys.argv[1:] if not p.startswith("--")]
    by_folder = defaultdict(Counter)
    survivors = []
    seen = set()
    for path, file in ((p, f) for r in reports for p, f in r["files"].items()):
        rel = path.split("src/Resolution2006_27.Model/", 1)[-1]
        folder = folder_of(rel)
        for m in file["mutants"]:
            # Outside this run's --mutate filter (another run reports it), or already seen in another report.
            key = (rel, m["location"]["start"]["line"], m["location"]["start"]["column"], m["mutatorName"], m.get("replacement"))
            if "mutate filter" in (m.get("statusReason") or "") or key in seen:
                continue
            seen.add(key)
            status = judged(m)
            by_folder[folder][status] += 1
            if status in ("Survived", "NoCoverage", "Suspect"):
                line = m["location"]["start"]["line"]
                survivors.append(f"{rel}:{line}: {status}: {m['mutatorName']}: {m.get('replacement', '')[:100]!r}")

    print(table(["folder", "score", "killed", "timeout", "survived", "no coverage", "suspect kill", "static", "compile error", "ignored"],
                by_folder, row))
    if "--survivors" in sys.argv:
        print()
        print("\n".join(sorted(survivors)))


if __name__ == "__main__":
    main()

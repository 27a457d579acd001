#!/usr/bin/env python3
"""A whole-library mutation score from a random sample of its mutants, for when testing every mutant costs
more hours than a machine has (docs/quality.md: about 20 hours on two cores for this library).

Three steps, each a subcommand:

  draw REPORT N SEED [EARLIER] > sample.json
      REPORT lists every mutant of the library: a Stryker run with no --mutate filter and `--since:<this
      commit's full hash>`, which compiles every mutant (so compile errors are known), captures coverage,
      then leaves every mutant untested as unchanged (about 15 minutes here). The population is every
      mutant a whole run would test: not a compile error, not a block's removal that Stryker leaves out
      because a mutant inside the block already breaks it, and not static (a static mutant runs once per
      process, which a runner that reuses its process cannot judge; mutation-summary.py counts those
      apart too). N of them are drawn uniformly, with SEED. Given EARLIER, a draw from the same REPORT, the
      N are drawn from the mutants it did not draw and appended to it: both together are one sample of the
      population, without replacement, and its first mutants keep their place in the batches.

  args sample.json [FIRST END]
      One --mutate pattern per line for mutation.sh: each drawn mutant's exact character span
      (Stryker reads `file{start..end}` as character offsets and keeps a mutant whose span the pattern's
      contains), and an exclusion for every other mutant nested inside a drawn one, so that nested
      mutants are not tested for nothing. Mutants with the same span as a drawn one cannot be told
      apart by a span; they are tested and left out of the score. FIRST and END cut the draw into
      batches (the draw is in random order, so any batch is a random sample too).

  rebase sample.json OLD NEW > moved.json
      The draw carried from commit OLD's text to NEW's (run from the repository): spans in a file that changed
      move with the unchanged text around them; a drawn mutant whose own text changed is dropped.

  score sample.json REPORT... [--survivors] [--batch FIRST END]
      The drawn mutants' outcomes in the sampled run's report(s): killed or timed out is detected;
      survived, not covered, or a "suspect" kill (none of the killing tests covers the mutant, see
      mutation-summary.py) is not. The score with its 95 % Wilson interval, by folder, and the drawn
      mutants the run did not report. --batch scores only the batch a run was given (a mutant of another
      batch sharing a span with one of this batch's is tested too, but was not drawn for this run).
"""
import importlib.util
import json
import math
import os
import random
import sys
from collections import Counter, defaultdict

# How a mutant is judged (a suspect kill counted as undetected) is mutation-summary.py's, in one place.
_spec = importlib.util.spec_from_file_location("mutation_summary", os.path.join(os.path.dirname(os.path.abspath(__file__)), "mutation-summary.py"))
_summary = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_summary)
judged = _summary.judged
folder_of = _summary.folder_of
table = _summary.table

LIBRARY = "src/Resolution2006_27.Model/"


def relative(path):
    return LIBRARY + path.split(LIBRARY, 1)[-1]


def offsets(source):
    starts = [0]
    for line in source.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def span(starts, location):
    s, e = location["start"], location["end"]
    return starts[s["line"] - 1] + s["column"] - 1, starts[e["line"] - 1] + e["column"] - 1


def key(rel, m):
    s, e = m["location"]["start"], m["location"]["end"]
    return f"{rel}:{s['line']}:{s['column']}-{e['line']}:{e['column']}:{m['mutatorName']}:{m.get('replacement', '')}"


def mutants(report):
    for path, file in report["files"].items():
        rel = relative(path)
        starts = offsets(file["source"])
        for m in file["mutants"]:
            yield rel, m, span(starts, m["location"])


def draw(report_path, n, seed, earlier_path=None):
    report = json.load(open(report_path))
    earlier = json.load(open(earlier_path))["drawn"] if earlier_path else []
    population, skipped = [], Counter()
    everything = defaultdict(list)
    for rel, _, sp in mutants(report):
        everything[rel].append(sp)
    for rel, m, sp in mutants(report):
        if m["status"] == "CompileError" or m["status"] == "Ignored" and "since" not in m.get("statusReason", ""):
            skipped[m["status"]] += 1
        elif m["mutatorName"] == "Block removal mutation" and any(
                s != sp and sp[0] <= s[0] and s[1] <= sp[1] for s in everything[rel]):
            # Stryker leaves out a block's removal when a mutant inside the block already breaks it
            # ("block already covered"): 830 of the 835 it left out of a whole run are these.
            skipped["BlockAlreadyCovered"] += 1
        elif m.get("static"):
            skipped["Static"] += 1
        else:
            population.append((rel, m, sp))
    population.sort(key=lambda t: key(t[0], t[1]))
    before = {d["key"] for d in earlier}
    drawn = random.Random(seed).sample([t for t in population if key(t[0], t[1]) not in before], n)
    by_folder = Counter(folder_of(rel[len(LIBRARY):]) for rel, _, _ in population)
    json.dump({
        "seed": seed if not earlier_path else f"{json.load(open(earlier_path))['seed']}, then {seed}",
        "population": len(population),
        "skipped": skipped,
        "populationByFolder": by_folder,
        "drawn": earlier + [{"key": key(rel, m), "file": rel, "span": sp} for rel, m, sp in drawn],
        "spans": {rel: sorted(set(map(tuple, sps))) for rel, sps in everything.items()},
    }, sys.stdout, indent=1)


def merged(spans):
    """Spans joined where they overlap or touch, as Stryker joins a pattern's spans."""
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def args(sample_path, first=0, end=None):
    sample = json.load(open(sample_path))
    drawn = defaultdict(set)
    for d in sample["drawn"][first:end]:
        drawn[d["file"]].add(tuple(d["span"]))
    for rel, spans in sorted(drawn.items()):
        glob = "**/" + rel
        # The outermost nested spans that hold no drawn mutant: excluding them excludes everything inside.
        inner = {tuple(s) for s in sample["spans"][rel]
                 if any(d[0] <= s[0] and s[1] <= d[1] and tuple(s) != d for d in spans)
                 and not any(s[0] <= d[0] and d[1] <= s[1] for d in spans)}
        outer = [s for s in inner if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in inner)]
        # Joined exclusions must not swallow a drawn mutant either.
        excluded = [g for g in merged(outer) if not any(g[0] <= d[0] and d[1] <= g[1] for d in spans)]
        print(glob + "".join(f"{{{a}..{b}}}" for a, b in merged(spans)))
        if excluded:
            print("!" + glob + "".join(f"{{{a}..{b}}}" for a, b in excluded))


def rebase(sample_path, old, new):
    """The draw moved onto another commit's text: a span in a file that changed is carried across the unchanged
    text around it (difflib); a drawn mutant whose own text changed is dropped, and said so on stderr."""
    import difflib
    import subprocess

    def show(commit, rel):
        return subprocess.run(["git", "show", f"{commit}:{rel}"], capture_output=True, text=True, check=True).stdout

    sample = json.load(open(sample_path))
    moved = {}
    for rel in sorted({d["file"] for d in sample["drawn"]}):
        before, after = show(old, rel), show(new, rel)
        if before == after:
            continue
        blocks = difflib.SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks()

        def carry(offset, blocks=blocks):
            for a, b, size in blocks:
                if a <= offset < a + size:
                    return b + offset - a
            return None

        moved[rel] = (carry, before, after)
    drawn = []
    for d in sample["drawn"]:
        if d["file"] not in moved:
            drawn.append(d)
            continue
        carry, before, after = moved[d["file"]]
        a, b = d["span"]
        start, last = carry(a), carry(b - 1)
        if start is None or last is None or after[start:last + 1] != before[a:b]:
            print(f"dropped, its text changed: {d['key']}", file=sys.stderr)
            continue
        starts = offsets(after)
        line = max(i for i, s in enumerate(starts) if s <= start)
        end_line = max(i for i, s in enumerate(starts) if s <= last + 1)
        head, tail = d["key"].split(":", 1)[0], d["key"].split(":", 3)[3]
        tail = tail.split(":", 1)[1]
        key = f"{head}:{line + 1}:{start - starts[line] + 1}-{end_line + 1}:{last + 1 - starts[end_line] + 1}:{tail}"
        drawn.append({"key": key, "file": d["file"], "span": [start, last + 1]})
    for rel, (carry, before, after) in moved.items():
        spans = []
        for a, b in sample["spans"][rel]:
            start, last = carry(a), carry(b - 1)
            if start is not None and last is not None:
                spans.append((start, last + 1))
        sample["spans"][rel] = sorted(set(spans))
    sample["drawn"] = drawn
    sample["rebased"] = f"{old}..{new}"
    json.dump(sample, sys.stdout, indent=1)


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def score(sample_path, report_paths, show_survivors, first=0, end=None):
    sample = json.load(open(sample_path))
    sample["drawn"] = sample["drawn"][first:end]
    outcome = {}
    for report_path in report_paths:
        for rel, m, _ in mutants(json.load(open(report_path))):
            status = judged(m)
            if status in ("Killed", "Timeout", "Survived", "NoCoverage", "Suspect"):
                outcome[key(rel, m)] = status
    by_folder = defaultdict(Counter)
    missing, survivors = [], []
    for d in sample["drawn"]:
        status = outcome.get(d["key"])
        if status is None:
            missing.append(d["key"])
            continue
        by_folder[folder_of(d["file"][len(LIBRARY):])][status] += 1
        if status in ("Survived", "NoCoverage", "Suspect"):
            survivors.append(f"{d['key']}: {status}")

    def row(name, c):
        detected = c["Killed"] + c["Timeout"]
        n = detected + c["Survived"] + c["NoCoverage"] + c["Suspect"]
        low, high = wilson(detected, n)
        shown = f"{100 * detected / n:.1f} % ({100 * low:.1f}-{100 * high:.1f})" if n else "n/a"
        return f"| {name} | {n} | {shown} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['Suspect']} |"

    print(f"Drawn {len(sample['drawn'])} of {sample['population']} mutants (seed {sample['seed']}, batch {first}-{end}); "
          f"left out of the population: {dict(sample['skipped'])}.")
    print()
    print(table(["folder", "drawn and measured", "score (95 % interval)", "killed", "timeout", "survived", "no coverage", "suspect kill"],
                by_folder, row))
    if missing:
        print(f"\nNot in the report ({len(missing)}):\n" + "\n".join(missing))
    if show_survivors:
        print("\n" + "\n".join(sorted(survivors)))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "draw" and len(sys.argv) in (5, 6):
        draw(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), *sys.argv[5:])
    elif command == "args" and len(sys.argv) in (3, 5):
        args(sys.argv[2], *map(int, sys.argv[3:]))
    elif command == "rebase" and len(sys.argv) == 5:
        rebase(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "score" and len(sys.argv) >= 4:
        batch = list(map(int, sys.argv[sys.argv.index("--batch") + 1:][:2])) if "--batch" in sys.argv else [0, None]
        reports = [p for p in sys.argv[3:] if p.endswith(".json")]
        score(sys.argv[2], reports, "--survivors" in sys.argv, *batch)
    else:
        sys.exit(__doc__)

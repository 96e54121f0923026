#!/usr/bin/env python3
"""Helpers for measure.sh (standard library only).

    report.py pairs <out.json> <pairs> <label-a> <dir-a> <label-b> <dir-b> -- <dotnet arguments...>
        Runs `dotnet <arguments>` alternately in dir-a and dir-b (order A,B then B,A, ...) <pairs> times and writes
        the wall times. Alternating cancels slow drift in machine load, which hyperfine's blocked runs do not.

    report.py summary <results-folder>
        Reads the hyperfine JSON files, the alternating pairs, the PerformanceSummary console logs, the replayed
        binlogs (analyzer times) and the evaluation profiles that measure.sh wrote, and prints summary.md.
"""

import glob
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time

# Two-sided 95% Student t quantiles by degrees of freedom (enough for the run counts used here).
T95 = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26, 10: 2.23, 12: 2.18, 14: 2.14,
       16: 2.12, 18: 2.10, 20: 2.09, 25: 2.06, 30: 2.04, 40: 2.02, 60: 2.00}


def t95(df):
    df = max(1, int(df))
    keys = sorted(k for k in T95 if k <= df)
    return T95[keys[-1]] if keys else T95[1]


def _enable_subreaper():
    """Orphaned descendants (MSBuild worker nodes that outlive the entry process) are re-parented to this process,
    so their CPU time reaches RUSAGE_CHILDREN once they are reaped. Linux only; harmless elsewhere."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except Exception:
        return False


def _reap(deadline_s=30.0):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def timed_run(args, folder):
    """Wall time of `dotnet args` in folder, and the user+sys CPU time of its whole process tree."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(["dotnet"] + args, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    _reap()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.exit(f"dotnet {' '.join(args)} failed in {folder}")
    return wall, cpu


def cmd_pairs(argv):
    out, pairs, la, da, lb, db = argv[:6]
    args = argv[argv.index("--") + 1:]
    subreaper = _enable_subreaper()
    rows, cpu_rows = [], []
    for i in range(int(pairs)):
        order = [(la, da), (lb, db)] if i % 2 == 0 else [(lb, db), (la, da)]
        row, cpu_row = {}, {}
        for label, folder in order:
            row[label], cpu_row[label] = timed_run(args, folder)
        rows.append(row)
        cpu_rows.append(cpu_row)
        print(f"  pair {i + 1}/{pairs}: " + ", ".join(f"{k} {v:.3f} s (CPU {cpu_row[k]:.2f} s)" for k, v in row.items()), flush=True)
    with open(out, "w") as f:
        json.dump({"a": la, "b": lb, "args": args, "subreaper": subreaper, "pairs": rows, "cpu_pairs": cpu_rows}, f, indent=1)


def load(path):
    with open(path) as f:
        return json.load(f)


def fmt_s(x):
    return f"{x:.3f}"


def hyperfine_table(path, title):
    """Returns (markdown, overhead%, ci95%) for a hyperfine export with commands named 'with' and 'without'."""
    data = {r["command"]: r for r in load(path)["results"]}
    w, wo = data["with"], data["without"]
    lines = [f"**{title}** (`{os.path.basename(path)}`)", "",
             "| copy | runs | mean ± stddev (s) | median (s) | min … max (s) | user + sys CPU (s) |", "|---|---:|---:|---:|---:|---:|"]
    for name, r in (("without PromptLint", wo), ("with PromptLint", w)):
        lines.append(f"| {name} | {len(r['times'])} | {fmt_s(r['mean'])} ± {fmt_s(r['stddev'] or 0)} | {fmt_s(r['median'])} | "
                     f"{fmt_s(r['min'])} … {fmt_s(r['max'])} | {fmt_s(r['user'] + r['system'])} |")
    n1, n2 = len(w["times"]), len(wo["times"])
    diff = w["mean"] - wo["mean"]
    se = math.sqrt((w["stddev"] or 0) ** 2 / n1 + (wo["stddev"] or 0) ** 2 / n2)
    ci = t95(min(n1, n2) - 1) * se
    ov = diff / wo["mean"] * 100
    ov_med = (w["median"] - wo["median"]) / wo["median"] * 100
    lines += ["", f"Overhead (means): **{ov:+.2f} %** ({diff * 1000:+.0f} ms, 95% CI {(diff - ci) / wo['mean'] * 100:+.2f} % … "
              f"{(diff + ci) / wo['mean'] * 100:+.2f} %); overhead (medians): {ov_med:+.2f} %.", ""]
    return "\n".join(lines), ov, (diff - ci) / wo["mean"] * 100, (diff + ci) / wo["mean"] * 100


def pairs_table(path):
    d = load(path)
    a, b = d["a"], d["b"]
    ratios = [p[a] / p[b] - 1 for p in d["pairs"]]
    diffs = [p[a] - p[b] for p in d["pairs"]]
    ma = statistics.mean(p[a] for p in d["pairs"])
    mb = statistics.mean(p[b] for p in d["pairs"])
    md = statistics.mean(diffs)
    sd = statistics.stdev(diffs) if len(diffs) > 1 else 0
    ci = t95(len(diffs) - 1) * sd / math.sqrt(len(diffs))
    lines = [f"**Alternating pairs** (`{os.path.basename(path)}`: `dotnet {' '.join(d['args'])}`, {len(diffs)} pairs, order A,B / B,A alternating)", "",
             f"| | mean (s) |", "|---|---:|", f"| without PromptLint | {fmt_s(mb)} |", f"| with PromptLint | {fmt_s(ma)} |", "",
             f"Paired difference: {md * 1000:+.0f} ms ± {ci * 1000:.0f} ms (95% CI) = **{md / mb * 100:+.2f} %** "
             f"(95% CI {(md - ci) / mb * 100:+.2f} % … {(md + ci) / mb * 100:+.2f} %); median of per-pair ratios {statistics.median(ratios) * 100:+.2f} %.", ""]
    if d.get("cpu_pairs"):
        cp = d["cpu_pairs"]
        ca = statistics.mean(p[a] for p in cp)
        cb = statistics.mean(p[b] for p in cp)
        cdiffs = [p[a] - p[b] for p in cp]
        cmd_ = statistics.mean(cdiffs)
        csd = statistics.stdev(cdiffs) if len(cdiffs) > 1 else 0
        cci = t95(len(cdiffs) - 1) * csd / math.sqrt(len(cdiffs))
        lines += [f"CPU time (user + sys of the whole process tree, MSBuild worker nodes included{'' if d.get('subreaper') else ' only when reaped by their parent'}): "
                  f"without {cb:.2f} s, with {ca:.2f} s; paired difference {cmd_ * 1000:+.0f} ms ± {cci * 1000:.0f} ms (95% CI) = "
                  f"**{cmd_ / cb * 100:+.2f} %** (95% CI {(cmd_ - cci) / cb * 100:+.2f} % … {(cmd_ + cci) / cb * 100:+.2f} %).", ""]
        return "\n".join(lines), md / mb * 100, (md - ci) / mb * 100, (md + ci) / mb * 100, (cmd_ / cb * 100, (cmd_ - cci) / cb * 100, (cmd_ + cci) / cb * 100)
    return "\n".join(lines), md / mb * 100, (md - ci) / mb * 100, (md + ci) / mb * 100, None


PERF_LINE = re.compile(r"^\s+(\d+) ms\s+(\S+)\s+(\d+) calls")


def perf_summary(path):
    """Target and task times from a -clp:PerformanceSummary console log, plus Time Elapsed."""
    section, targets, tasks, elapsed = None, {}, {}, None
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("Target Performance Summary"):
                section = targets
            elif line.startswith("Task Performance Summary"):
                section = tasks
            elif line.startswith("Project Evaluation Performance Summary") or line.startswith("Project Performance Summary"):
                section = None
            m = PERF_LINE.match(line)
            if m and section is not None:
                section[m.group(2)] = (int(m.group(1)), int(m.group(3)))
            m2 = re.match(r"Time Elapsed (\d+):(\d+):(\d+\.\d+)", line.strip())
            if m2:
                elapsed = int(m2.group(1)) * 3600 + int(m2.group(2)) * 60 + float(m2.group(3))
    return targets, tasks, elapsed


def eval_total(path):
    """Sum of the 'Project Evaluation Performance Summary' section of a PerformanceSummary log."""
    total, inside = 0, False
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("Project Evaluation Performance Summary"):
                inside = True
                continue
            if inside and not line.startswith(" "):
                inside = False
            m = inside and re.match(r"^\s+(\d+) ms\s+(\S+\.(csproj|metaproj))\s+(\d+) calls", line)
            if m:
                total += int(m.group(1))
    return total


def analyzer_times(diag_log):
    """From a binlog replayed at diagnostic verbosity: total analyzer time, PromptLint.Analyzers time, generator time."""
    total = promptlint = generators = None
    with open(diag_log, errors="replace") as f:
        for line in f:
            s = line.strip()
            m = re.match(r"Total analyzer execution time: ([\d.]+) seconds", s)
            if m:
                total = float(m.group(1))
            m = re.match(r"Total generator execution time: ([\d.]+) seconds", s)
            if m:
                generators = float(m.group(1))
            m = re.match(r"<?([\d.]+)\s+\S+\s+PromptLint\.Analyzers, Version=", s)
            if m:
                promptlint = float(m.group(1))
    return total, promptlint or 0.0, generators


def eval_profile(path):
    """From -profileevaluation markdown: total evaluation ms, globbing ms, and the exclusive ms of PromptLint's files."""
    total = globbing = 0
    pl = 0
    pl_globs = []
    compile_glob = 0
    with open(path, errors="replace") as f:
        for line in f:
            cols = line.rstrip("\n").split("|")
            if len(cols) < 12:
                continue
            pass_, file_, expr, inc, exc, kind = cols[2], cols[3], cols[5], cols[6], cols[8], cols[11]
            try:
                inc, exc = int(inc), int(exc)
            except ValueError:
                continue
            if pass_ == "Total evaluation":
                total = inc
            elif pass_ == "Total evaluation for globbing":
                globbing = inc
            elif file_.startswith("PromptLint."):
                pl += exc
                if kind == "Element" and expr.startswith("`<PromptLintFile") and pass_.startswith("Lazy items"):
                    pl_globs.append(inc)
            elif file_.startswith("Microsoft.NET.Sdk.DefaultItems") and kind == "Element" and expr.startswith("`<Compile Include") and pass_.startswith("Lazy items"):
                compile_glob += inc
    return total, globbing, pl, sum(pl_globs), compile_glob


def cmd_summary(argv):
    res = argv[0]
    out = []
    meta = os.path.join(res, "machine.txt")
    if os.path.exists(meta):
        out += ["## Machine", "", "```", open(meta).read().rstrip(), "```", ""]
    load_file = os.path.join(res, "load.txt")
    if os.path.exists(load_file):
        out += ["## Load average at each phase", "", "```", open(load_file).read().rstrip(), "```", ""]

    out += ["## Target 1: no-op incremental build, 20-project solution", ""]
    verdict = []
    for name, title in (("noop-sln20-nosharedcomp.json", "`-p:UseSharedCompilation=false` (primary)"),
                        ("noop-sln20-default.json", "default (`UseSharedCompilation` not set)")):
        p = os.path.join(res, name)
        if os.path.exists(p):
            md, ov, lo, hi = hyperfine_table(p, title)
            out.append(md)
            verdict.append((title, ov, lo, hi))
    p = os.path.join(res, "noop-sln20-pairs.json")
    if os.path.exists(p):
        md, ov, lo, hi, cpu = pairs_table(p)
        out.append(md)
        verdict.append(("alternating pairs, wall time", ov, lo, hi))
        if cpu:
            verdict.append(("alternating pairs, CPU time", *cpu))
    for title, ov, lo, hi in verdict:
        if hi < 0:
            state = "NOISE-DOMINATED (a significant speed-up from adding work is not physical; the machine's load drifted)"
        elif hi <= 3:
            state = "MET (upper 95 % bound ≤ 3 %)"
        elif lo > 3:
            state = "NOT MET (lower 95 % bound > 3 %)"
        else:
            state = "INCONCLUSIVE (the 95 % CI straddles 3 %)"
        out.append(f"- {title}: overhead {ov:+.2f} % (95% CI {lo:+.2f} … {hi:+.2f} %) → target ≤ 3 %: **{state}**")
    out.append("")

    for copy in ("without", "with"):
        p = os.path.join(res, f"noop-sln20-{copy}-perf.log")
        if os.path.exists(p):
            targets, tasks, elapsed = perf_summary(p)
            pl_t = {k: v for k, v in targets.items() if "PromptLint" in k}
            pl_k = {k: v for k, v in tasks.items() if "PromptLint" in k}
            out.append(f"- no-op {copy} PromptLint, PerformanceSummary run: Time Elapsed {elapsed} s; evaluation (sum over projects) "
                       f"{eval_total(p)} ms; PromptLint targets {pl_t or '-'}; PromptLint tasks {pl_k or '-'}; "
                       f"MSBuild (project-to-project) task {tasks.get('MSBuild', '-')}")
    perf_with = os.path.join(res, "noop-sln20-with-perf.log")
    eval_with = os.path.join(res, "noop-sln20-with-eval.md")
    if os.path.exists(perf_with) and os.path.exists(eval_with):
        targets, tasks, elapsed = perf_summary(perf_with)
        pl_targets = sum(v[0] for k, v in targets.items() if "PromptLint" in k) + sum(v[0] for k, v in tasks.items() if "PromptLint" in k)
        total, globbing, pl, plg, cg = eval_profile(eval_with)
        ev = eval_total(perf_with)
        pl_eval = ev * pl / total if total else 0
        out.append(f"- **attribution** (no-op with PromptLint): PromptLint targets + tasks {pl_targets} ms, plus its share of evaluation "
                   f"({pl} of {total} profiled ms = {pl / total * 100 if total else 0:.2f} %, applied to the {ev} ms of evaluation in the "
                   f"PerformanceSummary run) ≈ {pl_eval:.0f} ms; together ≈ {pl_targets + pl_eval:.0f} ms = "
                   f"**{(pl_targets + pl_eval) / (elapsed or 1) / 10:.2f} %** of that build's {elapsed} s even if all of it were on the critical path")
    for copy in ("without", "with"):
        p = os.path.join(res, f"noop-sln20-{copy}-eval.md")
        if os.path.exists(p):
            total, globbing, pl, plg, cg = eval_profile(p)
            out.append(f"- evaluation profile, no-op {copy}: total evaluation {total} ms, globbing {globbing} ms, "
                       f"time in PromptLint.props/.targets {pl} ms (of which the PromptLintFile glob element, inclusive: {plg} ms); "
                       f"SDK `<Compile Include=\"**/*.cs\">` for comparison: {cg} ms")
    out.append("")

    p = os.path.join(res, "noop-big1000.json")
    if os.path.exists(p):
        md, ov, lo, hi = hyperfine_table(p, "No-op incremental build, the 1,000-prompt-file project (glob expansion over a large tree)")
        out += ["## Extra: no-op build of the 1,000-file project", "", md]
        pe = os.path.join(res, "noop-big1000-with-eval.md")
        if os.path.exists(pe):
            total, globbing, pl, plg, cg = eval_profile(pe)
            out.append(f"- evaluation profile, with: total {total} ms, globbing {globbing} ms, PromptLint.props/.targets {pl} ms "
                       f"(PromptLintFile glob element {plg} ms); SDK Compile glob {cg} ms")
        out.append("")

    out += ["## Target 2: full rebuild (`--no-incremental`) of one project with 1,000 prompt files", ""]
    for name, title in (("full-big1000-nosharedcomp.json", "`-p:UseSharedCompilation=false` (every build starts a cold csc)"),
                        ("full-big1000-server.json", "warm private compiler server (`-p:SharedCompilationId=…`)")):
        p = os.path.join(res, name)
        if os.path.exists(p):
            md, ov, lo, hi = hyperfine_table(p, title)
            out.append(md)
            data = {r["command"]: r for r in load(p)["results"]}
            share = (data["with"]["mean"] - data["without"]["mean"]) / data["with"]["mean"] * 100
            out += [f"Lint share by difference, (with − without) / with: **{share:.1f} %** of the build with PromptLint.", ""]
    rows = []
    for log in sorted(glob.glob(os.path.join(res, "full-big1000-*-instr*.log"))):
        base = os.path.basename(log)[:-4]
        diag = os.path.join(res, base + ".diag.log")
        if not os.path.exists(diag):
            continue
        targets, tasks, elapsed = perf_summary(log)
        total, pl, gen = analyzer_times(diag)
        csc = tasks.get("Csc", (0, 0))[0] / 1000
        gcfg = tasks.get("GeneratePromptLintGlobalConfig", (0, 0))[0] / 1000
        lint = tasks.get("LintPromptFiles", (0, 0))[0] / 1000
        rows.append((base, elapsed, csc, total, pl, gcfg, lint, gen))
    if rows:
        out += ["**Instrumented runs** (`-p:ReportAnalyzer=true -clp:PerformanceSummary -bl`; analyzer times from the binlog replayed "
                "with `dotnet msbuild <binlog> -flp:v=diag`)", "",
                "| run | build (s) | Csc task (s) | all analyzers (s) | PromptLint analyzer (s) | GeneratePromptLintGlobalConfig (s) | LintPromptFiles (s) | lint share = (PL analyzer + PL tasks) / build |",
                "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for base, elapsed, csc, total, pl, gcfg, lint, gen in rows:
            share = (pl + gcfg + lint) / elapsed * 100 if elapsed else float("nan")
            out.append(f"| {base} | {elapsed:.2f} | {csc:.2f} | {total if total is not None else '-'} | {pl:.3f} | {gcfg:.3f} | {lint:.3f} | {share:.1f} % |")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    {"pairs": cmd_pairs, "summary": cmd_summary}[sys.argv[1]](sys.argv[2:])

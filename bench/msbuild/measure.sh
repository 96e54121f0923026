#!/usr/bin/env bash
# MSBuild overhead of the PromptLint NuGet package. See README.md in this folder and docs/performance-msbuild.md.
#
#   bench/msbuild/measure.sh [out-folder]            (default /tmp/plbench)
#
# Knobs (environment): RUNS (15) no-op runs per copy, primary; RUNS_ALT (10) no-op runs per copy without
# -p:UseSharedCompilation=false; PAIRS (10) alternating no-op pairs; RUNS_FULL (5) full rebuilds per copy;
# INSTR (2) instrumented full rebuilds per copy; SKIP_SERVER=1 skips the warm-compiler-server variant;
# SKIP_SLN20=1 skips the 20-project solution (target 1) and measures only the 1,000-file project (about 5 min).
#
# Needs: dotnet (the SDK the repository builds with), python3, hyperfine (apt-get install -y hyperfine).
# Writes everything under the out folder: snapshot/ (copy of the repository's src + build files, so the package is
# packed from one consistent state and the repository's artifacts/ is untouched), feed/, nuget-cache/ (isolated
# NUGET_PACKAGES), the generated workspaces, logs/ and results/ (summary.md at the end).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$(mkdir -p "${1:-/tmp/plbench}" && cd "${1:-/tmp/plbench}" && pwd)"
RUNS="${RUNS:-15}"; RUNS_ALT="${RUNS_ALT:-10}"; PAIRS="${PAIRS:-10}"; RUNS_FULL="${RUNS_FULL:-5}"; INSTR="${INSTR:-2}"
RES="$OUT/results"; LOGS="$OUT/logs"
rm -rf "$RES" "$LOGS"; mkdir -p "$RES" "$LOGS"

export NUGET_PACKAGES="$OUT/nuget-cache"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
START=$SECONDS
phase() { echo; echo "== [$((SECONDS - START)) s] $*"; echo "$(printf '%5d s' $((SECONDS - START)))  $(cut -d' ' -f1-3 /proc/loadavg)  $*" >> "$RES/load.txt"; }

# The build commands being compared. No-op: the command from the issue, -nodeReuse:false so every run starts
# fresh MSBuild nodes (as CI does) and no node from an earlier run lingers; UseSharedCompilation=false so no
# compiler server is started by the warm-up build and left running (a no-op build never calls csc, see README).
NOOP=(build Bench20.sln --no-restore -nodeReuse:false -p:UseSharedCompilation=false)
# The SDK default is UseSharedCompilation=true; some machines (this one) export UseSharedCompilation=false in the
# environment, which MSBuild reads as a property, so the "default" variant also removes it from the environment.
NOOP_DEFAULT=(build Bench20.sln --no-restore -nodeReuse:false)
FULL=(build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false)

phase "machine"
{
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel: $(uname -sr)"
  echo "dotnet --version: $(dotnet --version)"
  echo "hyperfine: $(hyperfine --version)"
  echo "repository commit: $(git -C "$REPO" rev-parse --short HEAD) (working tree as found; src/ may carry uncommitted edits)"
  echo "UseSharedCompilation in the environment: ${UseSharedCompilation:-<not set>}"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RES/machine.txt"

phase "snapshot + pack"
VERSION="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
rm -rf "$OUT/snapshot"; mkdir -p "$OUT/snapshot" "$OUT/feed"
(cd "$REPO" && tar --exclude=bin --exclude=obj -cf - Directory.Build.props Directory.Packages.props nuget.config README.md src) | tar -xf - -C "$OUT/snapshot"
(cd "$OUT/snapshot" && dotnet pack src/PromptLint.Package -c Release -p:Version="$VERSION" -o "$OUT/feed" -nodeReuse:false -p:UseSharedCompilation=false > "$LOGS/pack.log" 2>&1) \
  || { tail -30 "$LOGS/pack.log"; exit 1; }
test -f "$OUT/feed/PromptLint.$VERSION.nupkg"
echo "packed PromptLint $VERSION" | tee -a "$RES/machine.txt"

phase "generate"
python3 "$HERE/generate.py" "$OUT" "$VERSION" | tee "$RES/workspaces.txt"

phase "restore"
for c in with without; do
  (cd "$OUT/sln20/$c" && dotnet restore Bench20.sln -nodeReuse:false > "$LOGS/restore-sln20-$c.log" 2>&1)
  (cd "$OUT/big1000/$c" && dotnet restore -nodeReuse:false > "$LOGS/restore-big1000-$c.log" 2>&1)
done
grep -q "\"PromptLint/$VERSION\"" "$OUT/sln20/with/src/Bench.Lib01/obj/project.assets.json" || { echo "with copy did not restore PromptLint $VERSION"; exit 1; }
if grep -q '"PromptLint/' "$OUT/sln20/without/src/Bench.Lib01/obj/project.assets.json"; then echo "without copy references PromptLint"; exit 1; fi

if [ "${SKIP_SLN20:-0}" != 1 ]; then
  phase "warm-up: full build of both 20-project copies"
  for c in with without; do
    (cd "$OUT/sln20/$c" && dotnet "${NOOP[@]}" > "$LOGS/warmup-sln20-$c.log" 2>&1) || { tail -30 "$LOGS/warmup-sln20-$c.log"; exit 1; }
    # Second build must be a real no-op: every CoreCompile skipped.
    (cd "$OUT/sln20/$c" && dotnet "${NOOP[@]}" -v:n > "$LOGS/noop-check-sln20-$c.log" 2>&1)
    skipped=$(grep -c 'Skipping target "CoreCompile" because all output files are up-to-date' "$LOGS/noop-check-sln20-$c.log" || true)
    echo "$c: CoreCompile skipped in $skipped of 20 projects on the second build" | tee -a "$RES/workspaces.txt"
    [ "$skipped" = 20 ] || { echo "not a no-op build"; exit 1; }
  done

  phase "no-op, hyperfine, UseSharedCompilation=false (primary), $RUNS runs"
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$RES/noop-sln20-nosharedcomp.json" \
    -n with "cd '$OUT/sln20/with' && dotnet ${NOOP[*]}" \
    -n without "cd '$OUT/sln20/without' && dotnet ${NOOP[*]}" | tee "$LOGS/hyperfine-noop-primary.txt"

  phase "no-op, hyperfine, UseSharedCompilation not set, $RUNS_ALT runs (order reversed)"
  hyperfine --warmup 1 --runs "$RUNS_ALT" --export-json "$RES/noop-sln20-default.json" \
    -n without "cd '$OUT/sln20/without' && env -u UseSharedCompilation dotnet ${NOOP_DEFAULT[*]}" \
    -n with "cd '$OUT/sln20/with' && env -u UseSharedCompilation dotnet ${NOOP_DEFAULT[*]}" | tee "$LOGS/hyperfine-noop-default.txt"

  phase "no-op, $PAIRS alternating pairs"
  python3 "$HERE/report.py" pairs "$RES/noop-sln20-pairs.json" "$PAIRS" with "$OUT/sln20/with" without "$OUT/sln20/without" -- "${NOOP[@]}"

  phase "no-op, where the time goes (PerformanceSummary, evaluation profile)"
  for c in with without; do
    (cd "$OUT/sln20/$c" && dotnet "${NOOP[@]}" -clp:PerformanceSummary > "$RES/noop-sln20-$c-perf.log" 2>&1)
    (cd "$OUT/sln20/$c" && dotnet "${NOOP[@]}" -profileevaluation:"$RES/noop-sln20-$c-eval.md" > "$LOGS/noop-sln20-$c-eval.log" 2>&1)
  done

fi

phase "1,000-file project: warm-up and no-op"
for c in with without; do
  (cd "$OUT/big1000/$c" && dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false > "$LOGS/warmup-big1000-$c.log" 2>&1) || { tail -30 "$LOGS/warmup-big1000-$c.log"; exit 1; }
done
hyperfine --warmup 1 --runs 10 --export-json "$RES/noop-big1000.json" \
  -n with "cd '$OUT/big1000/with' && dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false" \
  -n without "cd '$OUT/big1000/without' && dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false" | tee "$LOGS/hyperfine-noop-big1000.txt"
(cd "$OUT/big1000/with" && dotnet build --no-restore -nodeReuse:false -p:UseSharedCompilation=false -profileevaluation:"$RES/noop-big1000-with-eval.md" > "$LOGS/noop-big1000-with-eval.log" 2>&1)

phase "1,000-file project: full rebuild, hyperfine, $RUNS_FULL runs"
hyperfine --warmup 1 --runs "$RUNS_FULL" --export-json "$RES/full-big1000-nosharedcomp.json" \
  -n with "cd '$OUT/big1000/with' && dotnet ${FULL[*]}" \
  -n without "cd '$OUT/big1000/without' && dotnet ${FULL[*]}" | tee "$LOGS/hyperfine-full-big1000.txt"

phase "1,000-file project: instrumented full rebuilds (ReportAnalyzer, PerformanceSummary, binlog)"
for i in $(seq 1 "$INSTR"); do
  for c in with without; do
    name="full-big1000-$c-instr$i"
    (cd "$OUT/big1000/$c" && dotnet "${FULL[@]}" -p:ReportAnalyzer=true -clp:PerformanceSummary -bl:"$LOGS/$name.binlog" > "$RES/$name.log" 2>&1)
    dotnet msbuild "$LOGS/$name.binlog" -noconlog -flp:"v=diag;logfile=$RES/$name.diag.log" -nodeReuse:false > /dev/null 2>&1
    grep -A6 "Total analyzer execution time" "$RES/$name.diag.log" | cut -c1-140 | sed 's/ (TaskId:[0-9]*)//' | head -7
  done
done

if [ "${SKIP_SERVER:-0}" != 1 ]; then
  phase "1,000-file project: full rebuild with a warm, private compiler server"
  PIPE="plbench$$"
  SERVER=(build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=true -p:SharedCompilationId=$PIPE)
  hyperfine --warmup 1 --runs "$RUNS_FULL" --export-json "$RES/full-big1000-server.json" \
    -n with "cd '$OUT/big1000/with' && dotnet ${SERVER[*]}" \
    -n without "cd '$OUT/big1000/without' && dotnet ${SERVER[*]}" | tee "$LOGS/hyperfine-full-big1000-server.txt"
  for c in with without; do
    name="full-big1000-$c-instr-server"
    (cd "$OUT/big1000/$c" && dotnet "${SERVER[@]}" -p:ReportAnalyzer=true -clp:PerformanceSummary -bl:"$LOGS/$name.binlog" > "$RES/$name.log" 2>&1)
    dotnet msbuild "$LOGS/$name.binlog" -noconlog -flp:"v=diag;logfile=$RES/$name.diag.log" -nodeReuse:false > /dev/null 2>&1
  done
  # The server was started by this script under its own pipe name; stop exactly that process.
  for pid in $(pgrep -f -- "-pipename:$PIPE" || true); do kill "$pid" 2>/dev/null || true; done
fi

phase "summary"
python3 "$HERE/report.py" summary "$RES" | tee "$RES/summary.md"
echo; echo "total: $((SECONDS - START)) s; results in $RES"

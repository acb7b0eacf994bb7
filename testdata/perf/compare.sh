#!/usr/bin/env bash
# compare.sh - side-by-side startup, keystroke latency and peak memory of
# cyberdesk, less, fzf and a naive bubbles/list program on the same synthetic
# events, measured in one run with ttff.py in identical pseudo-terminals.
#
#   bash testdata/perf/compare.sh EVENTS [RUNS]
#
# EVENTS: how many events `cyberdesk synth --seed 1` generates (e.g. 100000,
# 1000000); the lines, the JSON export and the TimelineJS CSV of those same
# events are written to DATADIR once and reused. RUNS: measured runs per tool
# (default 3).
# Environment knobs (defaults in brackets):
#   TTFF        ttff.py path                    [/work/shared/tools/ttff.py]
#   PERFBIN     where the binaries live         [/tmp/perfbin]
#   DATADIR     where the generated files go    [/tmp/cyberdesk-perf]
#   CYBERDESK   cyberdesk binary; built from this checkout every run
#                                               [$PERFBIN/cyberdesk]
#   FZF         fzf binary                      [$PERFBIN/fzf, else `command -v fzf`]
#   NAIVE       naive list binary; built from testdata/perf/naive if missing
#                                               [$PERFBIN/naive]
#   COLS, ROWS  terminal size for every tool    [120, 40]
#   QUERY       search typed one char per step; lowercase, no spaces [phish]
#   COUNTRY     the country picked in cyberdesk's country-filter step [albania]
#   TIMEOUT_S   cap on every wait, seconds      [120]
#   NAIVE_TIMEOUT_S cap on every wait of the naive list [TIMEOUT_S]
#   TOOLS       which tools to measure
#               ["embedded less fzf naive cyberdesk cyberdesk-csv"];
#               TOOLS=none only re-prints the table from the JSON in OUTDIR
#   WARMUP      unmeasured warm-up runs for less, fzf and cyberdesk [1]
#   NAIVE_RUNS  measured runs of the naive list [RUNS]
#   NAIVE_WARMUP warm-up runs of the naive list [0] (the file is already in
#               the page cache from less/fzf; a naive run can take minutes)
#   OUTDIR      where the JSON results go       [mktemp -d /tmp/perf-compare.XXXXXX]
#
# What is measured (all times from spawn unless noted, ms):
#   less   first screen: until less's prompt (the file name, drawn after the
#          first screen of lines) appears.
#   fzf    (fzf --no-mouse, stdin = LINES_FILE, FZF_DEFAULT_OPTS unset)
#          first frame: the prompt "> ";
#          fully loaded: the match counter shows N/N (N = number of lines);
#          filter steps: after loading, QUERY is typed one character per step
#          and each step is timed from the keystroke until the counter shows
#          that prefix's final match count, which is computed beforehand with
#          `fzf --filter PREFIX < LINES_FILE | wc -l` (same matcher), so
#          progress/intermediate counts cannot end a step early.
#   naive  (testdata/perf/naive: bubbles/list defaults)
#          first frame: the status bar "N items";
#          open filter: "/" until "Filter:" is shown (this step also absorbs
#          any backlog of start-up messages the program is still rendering);
#          filter keystroke: QUERY's first character until the status bar
#          shows "... M filtered" (the fuzzy filter over all items finished).
#   peak MiB is VmHWM of the program's main process just before it is told
#   to quit (ttff.py), i.e. after all steps.
#   cyberdesk  (--dataset EXPORT.json) and cyberdesk-csv (--timelinejs FILE.csv)
#          fully loaded, first frame: the header "all N events" (cyberdesk
#          loads, sorts and indexes everything before its first frame);
#          moves (JSON only): j, pgdown, G, g, each until the chronology's
#          position (i/N) shows the new selection;
#          search: "/" until the prompt shows, then QUERY one character per
#          step, each until the header shows that prefix's final count
#          "M of N events" (computed beforehand with `cyberdesk events`);
#          country (JSON only): "c" opens the picker, COUNTRY narrows it,
#          enter until the header shows the count for QUERY and the country.
#   embedded   cyberdesk on its embedded dataset: first frame "all 35 events",
#          to compare with less's first screen.
# A wait longer than TIMEOUT_S ends that run; it is reported as "> T ms".
set -euo pipefail

usage() { echo "usage: bash $0 EVENTS [RUNS]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 && $1 =~ ^[0-9]+$ ]] || usage
EVENTS=$1
RUNS=${2:-3}

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd)
TTFF=${TTFF:-/work/shared/tools/ttff.py}
PERFBIN=${PERFBIN:-/tmp/perfbin}
DATADIR=${DATADIR:-/tmp/cyberdesk-perf}
CYBERDESK=${CYBERDESK:-$PERFBIN/cyberdesk}
FZF=${FZF:-}
if [[ -z $FZF ]]; then
  if [[ -x $PERFBIN/fzf ]]; then FZF=$PERFBIN/fzf; else FZF=$(command -v fzf || true); fi
fi
NAIVE=${NAIVE:-$PERFBIN/naive}
COLS=${COLS:-120}
ROWS=${ROWS:-40}
QUERY=${QUERY:-phish}
COUNTRY=${COUNTRY:-albania}
TIMEOUT_S=${TIMEOUT_S:-120}
NAIVE_TIMEOUT_S=${NAIVE_TIMEOUT_S:-$TIMEOUT_S}
TOOLS=${TOOLS:-embedded less fzf naive cyberdesk cyberdesk-csv}
WARMUP=${WARMUP:-1}
NAIVE_RUNS=${NAIVE_RUNS:-$RUNS}
NAIVE_WARMUP=${NAIVE_WARMUP:-0}
OUTDIR=${OUTDIR:-$(mktemp -d /tmp/perf-compare.XXXXXX)}
mkdir -p "$OUTDIR" "$PERFBIN" "$DATADIR"

[[ -x $FZF ]] || { echo "fzf not found (GOBIN=$PERFBIN go install github.com/junegunn/fzf@latest)" >&2; exit 1; }
[[ $QUERY =~ ^[a-z0-9]+$ ]] || { echo "QUERY must be lowercase letters/digits" >&2; exit 2; }
if [[ ! -x $NAIVE ]]; then
  echo "building $NAIVE" >&2
  (cd "$REPO_ROOT" && go build -o "$NAIVE" ./testdata/perf/naive)
fi
echo "building $CYBERDESK" >&2
(cd "$REPO_ROOT" && go build -o "$CYBERDESK" .)

# The same events three ways, generated once per size.
LINES_FILE=$DATADIR/synth-$EVENTS.lines
JSON_FILE=$DATADIR/synth-$EVENTS.json
CSV_FILE=$DATADIR/synth-$EVENTS.csv
for f in "lines:$LINES_FILE" "json:$JSON_FILE" "timelinejs-csv:$CSV_FILE"; do
  [[ -s ${f#*:} ]] || "$CYBERDESK" synth --events "$EVENTS" --seed 1 --format "${f%%:*}" -o "${f#*:}" >&2
done

# Every tool gets the same terminal and the same TERM.
TTFF_COMMON=(--cols "$COLS" --rows "$ROWS" --term xterm-256color -q)

# Number of lines (awk counts a last line without a trailing newline too).
N=$(LC_ALL=C awk 'END { print NR }' "$LINES_FILE")

# Regex-escape a literal string for Python's re.
re_escape() { python3 -c 'import re, sys; print(re.escape(sys.argv[1]))' "$1"; }

log() { printf '%s\n' "$*" >&2; }

# `fzf --version` of a `go install` build says "0.65 (devel)"; add the module
# version recorded in the binary.
fzf_version() {
  local v m
  v=$("$FZF" --version)
  m=$(go version -m "$FZF" 2>/dev/null | awk '$1 == "mod" { print $3 }' || true)
  echo "$v${m:+, module $m}"
}

measure_less() {
  local json=$OUTDIR/less.json
  rm -f "$json"
  log "== less: first screen ($RUNS runs)"
  # less's default prompt is the file name; it is drawn after the first screen.
  python3 "$TTFF" "${TTFF_COMMON[@]}" --timeout "$TIMEOUT_S" -n "$RUNS" -w "$WARMUP" --label less --json "$json" \
    --unset-env LESS --unset-env LESSOPEN --unset-env LESSCLOSE \
    --quit q --marker "$(re_escape "$(basename -- "$LINES_FILE")")" \
    -- /usr/bin/less -- "$LINES_FILE" >&2 || true
}

measure_fzf() {
  local json=$OUTDIR/fzf.json steps=() prefix count i
  rm -f "$json"
  log "== fzf: expected match counts for '$QUERY' (fzf --filter)"
  for ((i = 1; i <= ${#QUERY}; i++)); do
    prefix=${QUERY:0:i}
    count=$(env -u FZF_DEFAULT_OPTS "$FZF" --filter "$prefix" < "$LINES_FILE" | wc -l)
    log "   $prefix -> $count/$N"
    steps+=(--step "${QUERY:i-1:1}" "\\b$count/$N\\b")
  done
  log "== fzf $(fzf_version): first frame, fully loaded, ${#QUERY} filter steps ($RUNS runs)"
  python3 "$TTFF" "${TTFF_COMMON[@]}" --timeout "$TIMEOUT_S" -n "$RUNS" -w "$WARMUP" --label fzf --json "$json" \
    --unset-env FZF_DEFAULT_OPTS --unset-env FZF_DEFAULT_COMMAND \
    --stdin "$LINES_FILE" --quit ctrl-c \
    --marker '> ' --ready "\\b$N/$N\\b" "${steps[@]}" \
    -- "$FZF" --no-mouse >&2 || true
}

measure_naive() {
  local json=$OUTDIR/naive.json
  rm -f "$json"
  log "== naive bubbles/list: first frame, '/', '${QUERY:0:1}' ($NAIVE_RUNS runs, cap ${NAIVE_TIMEOUT_S}s per wait)"
  python3 "$TTFF" "${TTFF_COMMON[@]}" --timeout "$NAIVE_TIMEOUT_S" -n "$NAIVE_RUNS" -w "$NAIVE_WARMUP" --label naive --json "$json" \
    --quit ctrl-c --marker "\\b$N items\\b" \
    --step / 'Filter:' \
    --step "${QUERY:0:1}" '\d+ filtered' \
    -- "$NAIVE" "$LINES_FILE" >&2 || true
}

# count_events ARGS... prints how many events cyberdesk selects with ARGS.
count_events() {
  "$CYBERDESK" events "$@" --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'
}

# measure_cyberdesk LABEL FLAG FILE: --dataset or --timelinejs.
measure_cyberdesk() {
  local label=$1 flag=$2 file=$3 json=$OUTDIR/$1.json steps=() prefix count i
  rm -f "$json"
  log "== $label: expected counts for '$QUERY' (cyberdesk events)"
  if [[ $flag == --dataset ]]; then
    steps+=(--step j "\\b2/$EVENTS\\b" --step $'\x1b[6~' "changed:\\b\\d+/$EVENTS\\b"
      --step G "\\b$EVENTS/$EVENTS\\b" --step g "\\b1/$EVENTS\\b")
  fi
  steps+=(--step / 'search titles')
  for ((i = 1; i <= ${#QUERY}; i++)); do
    prefix=${QUERY:0:i}
    count=$(count_events "$flag" "$file" --search "$prefix")
    log "   $prefix -> $count of $EVENTS"
    # the count with the query beside it: a frame of the final answer to
    # this prefix (not one still "filtering…", nor the last prefix's)
    steps+=(--step "${QUERY:i-1:1}" "\\b$count of $EVENTS events +\\[search: “$prefix”\\]")
  done
  if [[ $flag == --dataset ]]; then
    count=$(count_events "$flag" "$file" --search "$QUERY" --country "$COUNTRY")
    log "   $QUERY, country $COUNTRY -> $count of $EVENTS"
    steps+=(--step $'\r' 'x clear filters' --step c 'Filter by country' --step "$COUNTRY" "› $COUNTRY" --step $'\r' "\\b$count of $EVENTS events +\\[country: ")
  fi
  log "== $label: fully loaded first frame, ${#steps[@]} step args ($RUNS runs)"
  python3 "$TTFF" "${TTFF_COMMON[@]}" --timeout "$TIMEOUT_S" -n "$RUNS" -w "$WARMUP" --label "$label" --json "$json" \
    --quit ctrl-c --marker "all $EVENTS events" "${steps[@]}" \
    -- "$CYBERDESK" "$flag" "$file" >&2 || true
}

measure_embedded() {
  local json=$OUTDIR/embedded.json
  rm -f "$json"
  log "== cyberdesk on its embedded dataset: first frame ($RUNS runs)"
  python3 "$TTFF" "${TTFF_COMMON[@]}" --timeout "$TIMEOUT_S" -n "$RUNS" -w "$WARMUP" --label embedded --json "$json" \
    --quit q --marker 'all 35 events' -- "$CYBERDESK" >&2 || true
}

print_table() {
  python3 - "$OUTDIR" "$TIMEOUT_S" "$NAIVE_TIMEOUT_S" <<'PY'
import glob, json, os, statistics, sys
outdir, default_timeout_s, naive_timeout_s = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
order = {"embedded": 0, "less": 1, "fzf": 2, "naive": 3, "cyberdesk": 4, "cyberdesk-csv": 5}
docs = []
for path in glob.glob(os.path.join(outdir, "*.json")):
    with open(path) as f:
        lines = [l for l in f if l.strip()]
    if lines:
        docs.append(json.loads(lines[-1]))
docs.sort(key=lambda d: order.get(d.get("label"), 99))
PHASE_NAMES = {
    "embedded": {"first": "first frame"},
    "cyberdesk": {"first": "fully loaded, first frame"},
    "cyberdesk-csv": {"first": "fully loaded, first frame"},
    "less": {"first": "first screen"},
    "fzf": {"first": "first frame", "ready": "fully loaded"},
    "naive": {"first": "first frame"},
}
rows = []
for d in docs:
    label = d.get("label") or d.get("command")
    timeout_s = naive_timeout_s if label == "naive" else default_timeout_s
    names = PHASE_NAMES.get(label, {"first": "first frame", "ready": "ready"})
    runs = [r for r in d["runs"] if not r.get("warmup")]
    # phases in the order ttff runs them
    phases = [("first", names["first"])]
    if d["summary"].get("ready_ms") is not None or any("ready_ms" in r for r in runs):
        phases.append(("ready", names.get("ready", "ready")))
    nsteps = len(d["summary"].get("steps", []))
    searching, typed = False, ""
    for i, s in enumerate(d["summary"].get("steps", [])):
        keys = s["keys"]
        if label == "fzf":
            q = "".join(x["keys"] for x in d["summary"]["steps"][: i + 1])
            phases.append((("step", i), f"filter key '{keys}' (query '{q}')"))
        elif label == "naive" and keys == "/":
            phases.append((("step", i), "open filter '/'"))
        elif label == "naive":
            phases.append((("step", i), f"filter keystroke '{keys}'"))
        elif label.startswith("cyberdesk") and searching and keys != "\r":
            typed += keys
            phases.append((("step", i), f"search key '{keys}' (query '{typed}')"))
        elif label.startswith("cyberdesk"):
            names = {"\x1b[6~": "pgdown", "\r": "enter", "/": "open search '/'", "c": "open country picker"}
            if keys == "\r" and not searching:
                name = "enter: apply the country"
            elif keys not in names and len(keys) > 1:
                name = f"type '{keys}' in the picker"
            else:
                name = names.get(keys, f"key '{keys}'")
            phases.append((("step", i), name))
        else:
            phases.append((("step", i), f"step '{keys}'"))
        searching = label.startswith("cyberdesk") and (keys == "/" or searching and keys != "\r")
    def value(r, ph):
        if ph == "first":
            return r.get("first_frame_ms")
        if ph == "ready":
            return r.get("ready_ms")
        steps = r.get("steps") or []
        return steps[ph[1]]["ms"] if ph[1] < len(steps) else None
    peaks = [r["maxrss_mib"] for r in runs if r.get("maxrss_mib") is not None]
    peak = f"{statistics.median(peaks):.1f}" if peaks else "n/a"
    step_meds = []
    for j, (ph, name) in enumerate(phases):
        vals, timed_out, not_reached = [], 0, 0
        for r in runs:
            v = value(r, ph)
            if v is not None:
                vals.append(v)
                continue
            # the first missing phase of a run that failed on a timeout is
            # the one that timed out; later phases were never reached
            missing = [value(r, p) is None for p, _ in phases]
            if "timeout" in (r.get("error") or "") and missing.index(True) == j:
                timed_out += 1
            else:
                not_reached += 1
        cap = timeout_s * 1000
        # median over the runs that got here, a timeout counting as +inf
        # (censored), so one slow outlier does not hide the other runs
        cens = sorted(vals) + [float("inf")] * timed_out
        if not cens:
            cell = "not reached" if not_reached else "n/a"
        else:
            k = len(cens)
            mid = cens[k // 2] if k % 2 else (cens[k // 2 - 1] + cens[k // 2]) / 2
            cell = f"> {cap:.0f}" if mid == float("inf") else f"{mid:.1f}"
            if len(cens) > 1 and vals:
                hi = f">{cap:.0f}" if timed_out else f"{max(vals):.0f}"
                cell += f"  ({min(vals):.0f}-{hi})"
            if isinstance(ph, tuple) and label == "fzf" and not timed_out:
                step_meds.append(mid)
            if isinstance(ph, tuple) and name.startswith("search key") and not timed_out:
                step_meds.append(mid)
        note = f"{len(vals)}/{len(runs)}"
        if timed_out:
            note += f", {timed_out} > {timeout_s:.0f} s"
        if not_reached:
            note += f", {not_reached} not reached"
        rows.append((label, name, cell, note, peak if j == 0 else ""))
    if step_meds:
        rows.append((label, f"search/filter key, median of {len(step_meds)} step medians",
                     f"{statistics.median(step_meds):.1f}", "", ""))
hdr = ("tool", "phase", "median ms (min-max)", "runs ok", "peak MiB")
w = [max(len(str(x[i])) for x in rows + [hdr]) for i in range(5)]
fmt = "  ".join("{:<%d}" % x for x in w)
print(fmt.format(*hdr))
print(fmt.format(*("-" * x for x in w)))
for r in rows:
    print(fmt.format(*r))
PY
}

main() {
  log "events: $EVENTS (seed 1) in $DATADIR: lines $(stat -c %s "$LINES_FILE") bytes, JSON $(stat -c %s "$JSON_FILE"), CSV $(stat -c %s "$CSV_FILE")"
  log "terminal: ${COLS}x${ROWS}, runs: $RUNS (naive: $NAIVE_RUNS), cap: ${TIMEOUT_S}s, results: $OUTDIR"
  log "machine: $(nproc) CPUs, $(uname -sr)"
  local t
  for t in $TOOLS; do
    case $t in
      less | fzf | naive | embedded) "measure_$t" ;;
      cyberdesk) measure_cyberdesk cyberdesk --dataset "$JSON_FILE" ;;
      cyberdesk-csv) measure_cyberdesk cyberdesk-csv --timelinejs "$CSV_FILE" ;;
      none) ;;
      *) echo "unknown tool in TOOLS: $t" >&2; exit 2 ;;
    esac
  done
  echo
  echo "events: $EVENTS  lines $(stat -c %s "$LINES_FILE") B, JSON $(stat -c %s "$JSON_FILE") B, CSV $(stat -c %s "$CSV_FILE") B  terminal ${COLS}x${ROWS}  fzf $(fzf_version)  query '$QUERY'"
  print_table
}

main

#!/usr/bin/env bash
# compare.sh - side-by-side startup, keystroke latency and peak memory of
# cyberdesk, less, fzf and a naive bubbles/list program on the same synthetic
# events, measured in one run with ttff.py in identical pseudo-terminals.
#
#   bash testdata/perf/compare.sh EVENTS [RUNS]
#
# EVENTS: how many events `cyberdesk synth --seed 1` generates (e.g. 100000,
# 1000000); the lines, the JSON export and the TimelineJS CSV of those same
# events are written to DATADIR once and reused, for each shape in SHAPES:
# full (synth's own, about 400 bytes a CSV row) and short (`synth --shape
# short`, about 120 bytes a row, where a load's cost per event shows).
# The short shape is measured from its CSV only: its events' text is one
# article, which over about 35,000 events is more than an export may
# hold, so its JSON export is not read (the cyberdesk, cyberdesk-reopen
# and cyberdesk-early tools are skipped for it).
# RUNS: measured runs per tool (default 3). The runs are interleaved: each
# round runs every tool once, so that a machine that slows down or speeds
# up through the run slows every tool alike, and the ratios hold. The
# warm-up runs are a round of their own before the first (round 0, its
# results kept in OUTDIR/warmup and not in the table), so that every
# measured run, round 1's too, follows the tool before it in the list,
# never a run of its own: on a virtual machine whose balloon reports
# freed memory to its host (virtio-balloon free page reporting, blocks
# of 2 MiB and over), a program that takes huge pages right after a run
# of its own gets that run's freed pages back before they are reported,
# and pays a fraction of the faults it pays on memory its host must back
# again (measured: 0.14 s of system time against 2.2 s for the 1M
# export's load; 4 KiB pages, fzf's, are not affected). With the warm-up
# just before each tool's run in round 1 only, round 1 was that much
# faster than rounds 2 and 3.
# Before each run (warm-ups too) the script waits, for up to SETTLE_S
# seconds, until no dirty page is being written back and under 256 MiB
# are dirty, so that no run pays for the writes of the one before (the
# cache filled for the reopen tools, a few hundred MB), and it logs the
# machine's state then and after the run in OUTDIR/state.log: load,
# /proc/pressure, Dirty and Writeback, memory reported to the host and
# huge pages faulted in during the run, and how much of the run's files
# is in the page cache (fincore).
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
#   SHAPES      the shapes of events           ["full short"]
#   TOOLS       which tools to measure, for each shape (embedded once)
#               ["embedded less fzf naive cyberdesk cyberdesk-csv
#                 cyberdesk-reopen cyberdesk-csv-reopen cyberdesk-early
#                 cyberdesk-csv-early cyberdesk-late cyberdesk-csv-late"];
#               TOOLS=none only re-prints the table from the JSON in OUTDIR
#   WARMUP      unmeasured warm-up runs for less, fzf and cyberdesk [1]
#   NAIVE_RUNS  measured runs of the naive list [RUNS]
#   NAIVE_WARMUP warm-up runs of the naive list [0] (the file is already in
#               the page cache from less/fzf; a naive run can take minutes)
#   OUTDIR      where the JSON results go       [mktemp -d /tmp/perf-compare.XXXXXX]
#   SETTLE_S    most seconds to wait for writeback before a run [10]
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
#   cyberdesk  (--dataset EXPORT.json --no-cache) and cyberdesk-csv
#          (--timelinejs FILE.csv --no-cache): the file read, not the cache;
#          fully loaded, first frame: the header "all N events" (every event
#          read, checked and in order; the search and facet indexes are
#          built after the first frame, and a search typed before they are
#          ready reads every event);
#          moves (JSON only): j, pgdown, G, g, each until the chronology's
#          position (i/N) shows the new selection;
#          search: "/" until the prompt shows, then QUERY one character per
#          step, each until the header shows that prefix's final count
#          "M of N events" (computed beforehand with `cyberdesk events`);
#          country (JSON only): "c" opens the picker, COUNTRY narrows it,
#          enter until the header shows the count for QUERY and the country.
#   cyberdesk-reopen and cyberdesk-csv-reopen: the same files opened
#          again, unchanged, from the cache (a folder of the run's own,
#          XDG_CACHE_HOME, filled once before the runs): the same phases.
#   cyberdesk-early and cyberdesk-csv-early: the files read (--no-cache),
#          "/" and QUERY typed from the first frame on, each key as soon as
#          the last one's frame shows (ttff.py --settle 0), so while the
#          search index is still being built: the search then reads every
#          event. (The other runs wait for 150 ms of quiet before a key,
#          so their first search keys may come before the index is built
#          too, and their later ones after it.)
#   cyberdesk-late and cyberdesk-csv-late: the same, each key after 3 s
#          of quiet (--settle 3000), the first 6 s or more after the first
#          frame: the searches once the index is built.
#   embedded   cyberdesk on its embedded dataset: first frame "all 35 events",
#          to compare with less's first screen.
# Labels: a tool's for the full shape, "tool/short" for the short one.
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
TOOLS=${TOOLS:-embedded less fzf naive cyberdesk cyberdesk-csv cyberdesk-reopen cyberdesk-csv-reopen cyberdesk-early cyberdesk-csv-early cyberdesk-late cyberdesk-csv-late}
SHAPES=${SHAPES:-full short}
WARMUP=${WARMUP:-1}
NAIVE_RUNS=${NAIVE_RUNS:-$RUNS}
NAIVE_WARMUP=${NAIVE_WARMUP:-0}
OUTDIR=${OUTDIR:-$(mktemp -d /tmp/perf-compare.XXXXXX)}
SETTLE_S=${SETTLE_S:-10}
mkdir -p "$OUTDIR" "$OUTDIR/warmup" "$PERFBIN" "$DATADIR"
[[ $SETTLE_S =~ ^[0-9]+$ ]] || { echo "SETTLE_S must be whole seconds" >&2; exit 2; }

[[ -x $FZF ]] || { echo "fzf not found (GOBIN=$PERFBIN go install github.com/junegunn/fzf@latest)" >&2; exit 1; }
[[ $QUERY =~ ^[a-z0-9]+$ ]] || { echo "QUERY must be lowercase letters/digits" >&2; exit 2; }
if [[ ! -x $NAIVE ]]; then
  echo "building $NAIVE" >&2
  (cd "$REPO_ROOT" && go build -o "$NAIVE" ./testdata/perf/naive)
fi
echo "building $CYBERDESK" >&2
(cd "$REPO_ROOT" && go build -o "$CYBERDESK" .)

# The same events three ways, generated once per size and shape.
files_for() { # SHAPE: sets LINES_FILE, JSON_FILE, CSV_FILE, N, SUFFIX, TAG
  local shape=$1
  SUFFIX="" TAG=""
  [[ $shape == full ]] || SUFFIX="-$shape" TAG="/$shape"
  LINES_FILE=$DATADIR/synth-$EVENTS$SUFFIX.lines
  JSON_FILE=$DATADIR/synth-$EVENTS$SUFFIX.json
  CSV_FILE=$DATADIR/synth-$EVENTS$SUFFIX.csv
  local f
  for f in "lines:$LINES_FILE" "json:$JSON_FILE" "timelinejs-csv:$CSV_FILE"; do
    [[ $shape == short && $f == json:* ]] && continue # not read; see above
    [[ -s ${f#*:} ]] || "$CYBERDESK" synth --events "$EVENTS" --seed 1 --shape "$shape" --format "${f%%:*}" -o "${f#*:}" >&2
  done
  # Number of lines (awk counts a last line without a trailing newline too).
  N=$(LC_ALL=C awk 'END { print NR }' "$LINES_FILE")
}

# Every tool gets the same terminal and the same TERM.
TTFF_COMMON=(--cols "$COLS" --rows "$ROWS" --term xterm-256color -q)

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

# A run of a tool is planned once, then run RUNS times, interleaved with
# the other tools' runs. PLAN[label] is its ttff.py arguments after the
# common ones, quoted; RUNS_OF[label] and TIMEOUT_OF[label] its runs and cap.
# FILES_OF[label] the files its run reads, for the state log.
declare -A PLAN RUNS_OF TIMEOUT_OF FILES_OF
LABELS=()
plan() { # LABEL RUNS TIMEOUT ARGS...
  local label=$1 runs=$2 timeout=$3
  shift 3
  PLAN[$label]=$(printf '%q ' "$@")
  RUNS_OF[$label]=$runs TIMEOUT_OF[$label]=$timeout
  LABELS+=("$label")
  rm -f "$(json_of "$label")" "$(json_of "$label" warmup)"
}
json_of() { echo "$OUTDIR/${2:+$2/}${1//\//_}.json"; } # LABEL [SUBDIR]

# run_once LABEL [warmup]: one run of LABEL, measured, or with warmup kept
# apart from the results; the machine settled before it, its state logged.
run_once() {
  local label=$1 sub=${2:-}
  settle
  machine_state "before $label${sub:+ ($sub)}"
  eval "python3 \"\$TTFF\" \"\${TTFF_COMMON[@]}\" --timeout \"${TIMEOUT_OF[$label]}\" -n 1 -w 0 \
    --label \"$label\" --json \"$(json_of "$label" "$sub")\" ${PLAN[$label]}" >&2 || true
  machine_state "after $label${sub:+ ($sub)}"
}

# settle waits, at most SETTLE_S seconds, until nothing is being written
# back and under 256 MiB are dirty.
settle() {
  local i
  for ((i = 0; i < SETTLE_S * 10; i++)); do
    awk '$1 == "Dirty:" { d = $2 } $1 == "Writeback:" { w = $2 } END { exit !(w == 0 && d < 262144) }' /proc/meminfo && return
    sleep 0.1
  done
  log "   settle: writeback still running after ${SETTLE_S}s"
}

# machine_state WHAT: one line of OUTDIR/state.log (and stderr) on the
# machine now: load, pressure (avg10 of "some"), Dirty and Writeback in
# MiB, MiB reported to the host so far and huge pages faulted in so far
# (compare the lines before and after a run), and MiB of each of the
# run's files in the page cache (the label's FILES_OF; with fincore).
machine_state() {
  local what=$1 label line f psi=() k
  label=${what#* } label=${label%% (*}
  for k in cpu io memory; do
    [[ -r /proc/pressure/$k ]] && psi+=("$k=$(awk '$1 == "some" { sub("avg10=", "", $2); print $2 }' "/proc/pressure/$k")")
  done
  line="$(date -u +%T) $what: load $(cut -d' ' -f1 /proc/loadavg) psi ${psi[*]:-n/a}"
  line+=" $(awk '$1 == "Dirty:" || $1 == "Writeback:" { printf "%s%d ", $1, $2 / 1024 }' /proc/meminfo)"
  [[ -r /sys/module/page_reporting/parameters/reported_kib ]] &&
    line+="reported $(($(cat /sys/module/page_reporting/parameters/reported_kib) / 1024)) "
  line+="thp_fault_alloc $(awk '$1 == "thp_fault_alloc" { print $2 }' /proc/vmstat)"
  if command -v fincore >/dev/null; then
    for f in ${FILES_OF[$label]:-}; do
      [[ -f $f ]] && line+=" $(basename -- "$f") $(fincore -b -n -o RES "$f" | awk '{ printf "%d", $1 / 1048576 }')/$(($(stat -c %s "$f") / 1048576))"
    done
  fi
  printf '%s\n' "$line" >> "$OUTDIR/state.log"
  log "   $line"
}

plan_less() {
  log "== less$TAG: first screen"
  # less's default prompt is the file name; it is drawn after the first screen.
  plan "less$TAG" "$RUNS" "$TIMEOUT_S" \
    --unset-env LESS --unset-env LESSOPEN --unset-env LESSCLOSE \
    --quit q --marker "$(re_escape "$(basename -- "$LINES_FILE")")" \
    -- /usr/bin/less -- "$LINES_FILE"
  FILES_OF[less$TAG]=$LINES_FILE
}

plan_fzf() {
  local steps=() prefix count i
  log "== fzf$TAG: expected match counts for '$QUERY' (fzf --filter)"
  for ((i = 1; i <= ${#QUERY}; i++)); do
    prefix=${QUERY:0:i}
    count=$(env -u FZF_DEFAULT_OPTS "$FZF" --filter "$prefix" < "$LINES_FILE" | wc -l)
    log "   $prefix -> $count/$N"
    steps+=(--step "${QUERY:i-1:1}" "\\b$count/$N\\b")
  done
  plan "fzf$TAG" "$RUNS" "$TIMEOUT_S" \
    --unset-env FZF_DEFAULT_OPTS --unset-env FZF_DEFAULT_COMMAND \
    --stdin "$LINES_FILE" --quit ctrl-c \
    --marker '> ' --ready "\\b$N/$N\\b" "${steps[@]}" \
    -- "$FZF" --no-mouse
  FILES_OF[fzf$TAG]=$LINES_FILE
}

plan_naive() {
  log "== naive$TAG bubbles/list: first frame, '/', '${QUERY:0:1}' ($NAIVE_RUNS runs, cap ${NAIVE_TIMEOUT_S}s per wait)"
  plan "naive$TAG" "$NAIVE_RUNS" "$NAIVE_TIMEOUT_S" \
    --quit ctrl-c --marker "\\b$N items\\b" \
    --step / 'Filter:' \
    --step "${QUERY:0:1}" '\d+ filtered' \
    -- "$NAIVE" "$LINES_FILE"
  FILES_OF[naive$TAG]=$LINES_FILE
}

# count_events ARGS... prints how many events cyberdesk selects with ARGS
# (read afresh: counting keeps nothing in a cache). Each count is kept in
# COUNTS_FILE, whose name holds a hash of the binary, beside the files'
# sizes and times, so a count is worked out once per build and file.
COUNTS_FILE=$DATADIR/counts-$(sha256sum "$CYBERDESK" | cut -c1-16)
count_events() {
  local key count f
  key=$(printf '%q ' "$@")
  for f in "$@"; do [[ -f $f ]] && key+=" $(stat -c %s.%Y "$f")"; done
  count=$(awk -F'\t' -v k="$key" '$1 == k { c = $2 } END { print c }' "$COUNTS_FILE" 2>/dev/null)
  if [[ -z $count ]]; then
    count=$("$CYBERDESK" events "$@" --no-cache --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))') ||
      { echo "counting with cyberdesk events $* failed" >&2; exit 1; }
    printf '%s\t%s\n' "$key" "$count" >> "$COUNTS_FILE"
  fi
  echo "$count"
}

# plan_cyberdesk LABEL FLAG FILE [reopen|early|late]: --dataset or
# --timelinejs; the file read (--no-cache), or with reopen opened again
# from a cache filled before the runs, or with early read and searched at
# once, or with late searched once the index is built.
plan_cyberdesk() {
  local label=$1$TAG flag=$2 file=$3 how=${4:-} steps=() prefix count i cache
  log "== $label: expected counts for '$QUERY' (cyberdesk events)"
  if [[ $flag == --dataset && $how != early && $how != late ]]; then
    # j: the explorer opens on the story's first event, not the oldest,
    # so the step waits for the position to change
    steps+=(--step j "changed:\\b\\d+/$EVENTS\\b" --step $'\x1b[6~' "changed:\\b\\d+/$EVENTS\\b"
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
  if [[ $flag == --dataset && -z $TAG && $how != early && $how != late ]]; then # short events name no country
    count=$(count_events "$flag" "$file" --search "$QUERY" --country "$COUNTRY")
    log "   $QUERY, country $COUNTRY -> $count of $EVENTS"
    steps+=(--step $'\r' 'c/o/a/#/r filter' --step c 'Filter by country' --step "$COUNTRY" "› $COUNTRY" --step $'\r' "\\b$count of $EVENTS events +\\[country: ")
  fi
  cache=$OUTDIR/cache-${label//\//_}
  FILES_OF[$label]=$file
  case $how in
    reopen)
      log "== $label: filling its cache ($cache)"
      rm -rf "$cache"
      XDG_CACHE_HOME=$cache "$CYBERDESK" events "$flag" "$file" --search zzqx >/dev/null
      FILES_OF[$label]+=" $(find "$cache" -type f -name '*.cdc' 2>/dev/null | tr '\n' ' ' || true)"
      plan "$label" "$RUNS" "$TIMEOUT_S" --env "XDG_CACHE_HOME=$cache" \
        --quit ctrl-c --marker "all $EVENTS events" "${steps[@]}" -- "$CYBERDESK" "$flag" "$file"
      ;;
    early | late)
      local settle=0
      [[ $how == late ]] && settle=3000
      plan "$label" "$RUNS" "$TIMEOUT_S" --env "XDG_CACHE_HOME=$cache" --settle "$settle" \
        --quit ctrl-c --marker "all $EVENTS events" "${steps[@]}" -- "$CYBERDESK" "$flag" "$file" --no-cache
      ;;
    *)
      plan "$label" "$RUNS" "$TIMEOUT_S" --env "XDG_CACHE_HOME=$cache" \
        --quit ctrl-c --marker "all $EVENTS events" "${steps[@]}" -- "$CYBERDESK" "$flag" "$file" --no-cache
      ;;
  esac
}

plan_embedded() {
  log "== cyberdesk on its embedded dataset: first frame"
  plan embedded "$RUNS" "$TIMEOUT_S" --quit q --marker 'all 35 events' -- "$CYBERDESK"
}

print_table() {
  python3 - "$OUTDIR" "$TIMEOUT_S" "$NAIVE_TIMEOUT_S" <<'PY'
import glob, json, os, statistics, sys
outdir, default_timeout_s, naive_timeout_s = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
order = {"embedded": 0, "less": 1, "fzf": 2, "naive": 3, "cyberdesk": 4, "cyberdesk-csv": 5,
         "cyberdesk-reopen": 6, "cyberdesk-csv-reopen": 7, "cyberdesk-early": 8, "cyberdesk-csv-early": 9,
         "cyberdesk-late": 10, "cyberdesk-csv-late": 11}
docs = []
for path in glob.glob(os.path.join(outdir, "*.json")):
    with open(path) as f:
        lines = [json.loads(l) for l in f if l.strip()]
    if lines:
        # one line a round: the runs of every round, the steps of the first
        doc = lines[0]
        doc["runs"] = [r for d in lines for r in d["runs"]]
        docs.append(doc)
def sort_key(d):
    base, _, shape = (d.get("label") or "").partition("/")
    return (shape, order.get(base, 99))
docs.sort(key=sort_key)
PHASE_NAMES = {
    "embedded": {"first": "first frame"},
    "cyberdesk": {"first": "fully loaded, first frame"},
    "cyberdesk-csv": {"first": "fully loaded, first frame"},
    "cyberdesk-reopen": {"first": "from the cache, first frame"},
    "cyberdesk-csv-reopen": {"first": "from the cache, first frame"},
    "cyberdesk-early": {"first": "fully loaded, first frame"},
    "cyberdesk-csv-early": {"first": "fully loaded, first frame"},
    "cyberdesk-late": {"first": "fully loaded, first frame"},
    "cyberdesk-csv-late": {"first": "fully loaded, first frame"},
    "less": {"first": "first screen"},
    "fzf": {"first": "first frame", "ready": "fully loaded"},
    "naive": {"first": "first frame"},
}
rows = []
for d in docs:
    shown = d.get("label") or d.get("command")
    label = shown.partition("/")[0]
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
        rows.append((shown, name, cell, note, peak if j == 0 else ""))
    if step_meds:
        rows.append((shown, f"search/filter key, median of {len(step_meds)} step medians",
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
  log "terminal: ${COLS}x${ROWS}, runs: $RUNS (naive: $NAIVE_RUNS), cap: ${TIMEOUT_S}s, results: $OUTDIR"
  log "machine: $(nproc) CPUs, $(uname -sr)"
  local t shape r label
  for t in $TOOLS; do
    [[ $t == embedded ]] && plan_embedded
  done
  for shape in $SHAPES; do
    files_for "$shape"
    log "events: $EVENTS (seed 1, $shape) in $DATADIR: lines $(stat -c %s "$LINES_FILE") bytes, JSON $(stat -c %s "$JSON_FILE" 2>/dev/null || echo -), CSV $(stat -c %s "$CSV_FILE")"
    for t in $TOOLS; do
      case $t in
        embedded | none) ;;
        less | fzf | naive) "plan_$t" ;;
        cyberdesk | cyberdesk-reopen | cyberdesk-early | cyberdesk-late) [[ $shape == short ]] && continue ;;&
        cyberdesk) plan_cyberdesk cyberdesk --dataset "$JSON_FILE" ;;
        cyberdesk-csv) plan_cyberdesk cyberdesk-csv --timelinejs "$CSV_FILE" ;;
        cyberdesk-reopen) plan_cyberdesk cyberdesk-reopen --dataset "$JSON_FILE" reopen ;;
        cyberdesk-csv-reopen) plan_cyberdesk cyberdesk-csv-reopen --timelinejs "$CSV_FILE" reopen ;;
        cyberdesk-early) plan_cyberdesk cyberdesk-early --dataset "$JSON_FILE" early ;;
        cyberdesk-csv-early) plan_cyberdesk cyberdesk-csv-early --timelinejs "$CSV_FILE" early ;;
        cyberdesk-late) plan_cyberdesk cyberdesk-late --dataset "$JSON_FILE" late ;;
        cyberdesk-csv-late) plan_cyberdesk cyberdesk-csv-late --timelinejs "$CSV_FILE" late ;;
        *) echo "unknown tool in TOOLS: $t" >&2; exit 2 ;;
      esac
    done
  done
  # Round 0 runs each tool's warm-ups (WARMUP, the naive list's
  # NAIVE_WARMUP), interleaved as the measured rounds are; round r runs
  # every tool once; a tool with fewer runs sits the later rounds out.
  : > "$OUTDIR/state.log"
  local w warmups
  for ((w = 1; w <= WARMUP || w <= NAIVE_WARMUP; w++)); do
    for label in "${LABELS[@]}"; do
      warmups=$WARMUP
      [[ $label == naive* ]] && warmups=$NAIVE_WARMUP
      ((w <= warmups)) || continue
      log "== round 0 (warm-up $w): $label"
      run_once "$label" warmup
    done
  done
  for ((r = 1; r <= RUNS; r++)); do
    for label in "${LABELS[@]}"; do
      ((r <= RUNS_OF[$label])) || continue
      log "== round $r/$RUNS: $label"
      run_once "$label"
    done
  done
  echo
  for shape in $SHAPES; do
    files_for "$shape"
    echo "events: $EVENTS ($shape)  lines $(stat -c %s "$LINES_FILE") B, JSON $(stat -c %s "$JSON_FILE" 2>/dev/null || echo -) B, CSV $(stat -c %s "$CSV_FILE") B"
  done
  echo "terminal ${COLS}x${ROWS}  fzf $(fzf_version)  query '$QUERY'  runs interleaved, $RUNS rounds"
  print_table
}

main

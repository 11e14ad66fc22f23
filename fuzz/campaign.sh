#!/usr/bin/env bash
# A long AFL++ campaign on the main target: one main and (FUZZ_JOBS-1) secondary instances, niced so
# that builds on the same machine keep their speed, stopped after SECONDS (default one hour).
# Resumes from $FUZZ_WORK/campaign when it exists. Usage: [FUZZ_JOBS=2] [FUZZ_SEEDS=dir] fuzz/campaign.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source fuzz/prepare.sh
source fuzz/afl-env.sh
seconds="${1:-3600}"
jobs="${FUZZ_JOBS:-2}"
out="$FUZZ_WORK/campaign"
input="${FUZZ_SEEDS:-$FUZZ_WORK/seeds}"   # e.g. the queue of an earlier campaign
[ -d "$out/main" ] && input=-   # resume

pids=()
for n in $(seq 1 "$jobs"); do
  role=(-S "secondary$n"); [ "$n" = 1 ] && role=(-M main)
  nice -n "${FUZZ_NICE:-15}" afl-fuzz -i "$input" -o "$out" "${role[@]}" -x fuzz/canvas.dict "${AFL_COMMON_ARGS[@]}" -V "$seconds" \
    -- dotnet "$FUZZ_BIN/canvaslang-fuzz.dll" pipeline >"$out-$n.log" 2>&1 &
  pids+=($!)
done
echo "campaign: ${jobs} instances (pids ${pids[*]}) for ${seconds} s, output in $out"
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

for dir in "$out"/*/; do
  [ -f "$dir/fuzzer_stats" ] || continue
  echo "== $(basename "$dir")"; afl_stats "$dir"
done
total=$(cat "$out"/*/fuzzer_stats | awk '/^execs_done/ {s += $3} END {print s}')
echo "campaign: $total executions in all"
exit "$status"

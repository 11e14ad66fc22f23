#!/usr/bin/env bash
# CI's one-minute fuzz smoke run: AFL++ over the main target (parse → analysis → format → fixes →
# incremental re-parse), seeded from examples/ and ../shared/examples, then a bounded run of the
# JSON-RPC frame fuzzer. Fails on any crash, hang or broken invariant. Installs afl++ when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source fuzz/prepare.sh
source fuzz/afl-env.sh

out="$FUZZ_WORK/smoke"
rm -rf "$out"
echo "== AFL++ smoke run of the main target (${SMOKE_SECONDS:-60} s)"
nice -n 10 afl-fuzz -i "$FUZZ_WORK/seeds" -o "$out" -x fuzz/canvas.dict "${AFL_COMMON_ARGS[@]}" -V "${SMOKE_SECONDS:-60}" \
  -- dotnet "$FUZZ_BIN/canvaslang-fuzz.dll" pipeline >"$out.log" 2>&1 || { tail -40 "$out.log"; exit 1; }
afl_stats "$out/default"
crashes=$(awk '/^saved_crashes/ {print $3}' "$out/default/fuzzer_stats")
hangs=$(awk '/^saved_hangs/ {print $3}' "$out/default/fuzzer_stats")
if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
  echo "fuzz smoke: $crashes crashes, $hangs hangs; inputs in $out/default/{crashes,hangs}"
  # Replayed without AFL so the log says what broke.
  dotnet "$FUZZ_BIN/canvaslang-fuzz.dll" replay "$out/default/crashes" "$out/default/hangs" || true
  exit 1
fi

echo "== JSON-RPC frame fuzzer (bounded)"
nice -n 10 dotnet "$FUZZ_BIN/canvaslang-fuzz.dll" jsonrpc "${SMOKE_RPC_SECONDS:-30}" 4000 "${SMOKE_SEED:-1}"
echo "fuzz smoke: 0 crashes, 0 hangs"

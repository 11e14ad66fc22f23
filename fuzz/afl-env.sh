# Environment for afl-fuzz over a .NET target (sourced by smoke.sh and campaign.sh).
# dotnet itself is not instrumented (SharpFuzz instruments the assemblies), so the binary check is
# skipped; the machine is shared, so no core is pinned; crashes are read from AFL's folder, not cores.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# Fewer calibration runs per seed: a resumed queue holds thousands, each run costs milliseconds.
export AFL_FAST_CAL=1
# Inputs are cut at 16 KiB by the harness; larger ones would only slow the queue.
AFL_COMMON_ARGS=(-m none -t "${FUZZ_TIMEOUT_MS:-5000}" -G 16384)

# Prints the counters of one afl-fuzz output folder, one per line.
afl_stats() {
  grep -E '^(execs_done|execs_per_sec|corpus_count|bitmap_cvg|stability|saved_crashes|saved_hangs|run_time)' "$1/fuzzer_stats"
}

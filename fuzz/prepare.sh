#!/usr/bin/env bash
# Builds the fuzz harness for AFL++: publishes fuzz/CanvasLang.Fuzz to $FUZZ_WORK/bin, instruments the
# project's assemblies with SharpFuzz, installs afl++ (Debian) when missing, and fills $FUZZ_WORK/seeds
# with the canvases of examples/ and ../shared/examples (copied at run time, never committed).
# Usage: source it (sets FUZZ_WORK, FUZZ_BIN) or run it; FUZZ_WORK defaults to /tmp/canvaslang-fuzz.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FUZZ_WORK="${FUZZ_WORK:-/tmp/canvaslang-fuzz}"
export FUZZ_BIN="$FUZZ_WORK/bin"
shared="${SHARED_DIR:-$repo/../shared}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++ (Debian)"
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi

tools="$FUZZ_WORK/tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "== publishing and instrumenting the harness"
rm -rf "$FUZZ_BIN"
dotnet publish "$repo/fuzz/CanvasLang.Fuzz" -c Release -o "$FUZZ_BIN" -nologo -v q
# Only the project's own code: instrumenting ANTLR, Lucene or Newtonsoft would add paths that say
# little about CanvasLang and slow every execution. The generated parser lives in CanvasLang.Syntax.
for assembly in CanvasLang.Syntax CanvasLang.Semantics CanvasLang.EditorServices; do
  "$tools/sharpfuzz" "$FUZZ_BIN/$assembly.dll" >/dev/null
done

seeds="$FUZZ_WORK/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
i=0
for dir in "$repo/examples" "$shared/examples/real" "$shared/examples/real2/en" "$shared/examples/real2/intl"; do
  [ -d "$dir" ] || continue
  while IFS= read -r file; do
    i=$((i + 1))
    cp "$file" "$seeds/$(printf '%03d' "$i")-$(basename "$file")"
  done < <(find "$dir" -name '*.canvas' -size -16k | sort)
done
echo "== $i seed canvases in $seeds"

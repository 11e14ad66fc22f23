#!/usr/bin/env bash
# Packs the `canvaslang` .NET tool as platform-specific packages (.NET 10 SDK):
#
#   CanvasLang.Tool          what users install: no program inside, only the list of the packages below;
#                            `dotnet tool install` takes the one for the machine's runtime identifier (RID)
#   CanvasLang.Tool.<rid>    Native AOT for that RID: starts like the VS Code bundle, needs no .NET runtime
#   CanvasLang.Tool.any      framework-dependent (needs the .NET 10 runtime): every RID not listed
#
#   tools/pack-tool.sh [-o DIR] [--rids all|RID,RID…] [--no-native] [-- extra dotnet pack arguments]
#
# By default (DIR = artifacts): the native package for this machine's RID, `any`, and a CanvasLang.Tool
# that lists just those two, so that `dotnet tool install --add-source DIR` installs the native tool here
# and the framework-dependent one anywhere else.
#   --rids all        list every RID of ToolPackageRuntimeIdentifiers in src/CanvasLang.Cli (a release);
#   --rids A,B        list these (plus `any`).
# Native AOT does not cross-compile to another OS, so each other RID's package is packed on a machine of
# that OS (and architecture) with `dotnet pack src/CanvasLang.Cli -c Release -r <rid> -o DIR`, and copied
# into DIR before this script runs; it stops if the top-level package would list a package DIR lacks,
# because `dotnet tool install` then fails on those machines instead of falling back.
#   --no-native       no Native AOT (a machine without a C toolchain): CanvasLang.Tool lists only `any`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=artifacts rids="" native=1 extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) out=$2; shift 2 ;;
    --rids) rids=$2; shift 2 ;;
    --no-native) native=0; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "pack-tool: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
project=src/CanvasLang.Cli
mkdir -p "$out"
out=$(cd "$out" && pwd)

prop() { dotnet msbuild "$project" -nologo "-getProperty:$1" ${extra[@]+"${extra[@]}"}; }
version=$(prop Version)
host=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
case "$rids" in
  "") list=(); [ "$native" = 1 ] && list=("$host") ;;
  all) IFS=';' read -r -a list <<<"$(prop ToolPackageRuntimeIdentifiers)" ;;
  *) IFS=',;' read -r -a list <<<"$rids" ;;
esac
listed=()
for r in ${list[@]+"${list[@]}"}; do [ -n "$r" ] && [ "$r" != any ] && listed+=("$r"); done
listed+=(any)
build_native=0
if [ "$native" = 1 ]; then
  for r in "${listed[@]}"; do [ "$r" = "$host" ] && build_native=1; done
fi

if [ "$build_native" = 1 ]; then
  # Native AOT links with the platform's C toolchain: clang (or gcc) on Linux, Xcode's on macOS. zlib
  # and brotli come with .NET 10's AOT runtime pack, statically linked.
  case "$host" in
    linux-*)
      if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
        echo "pack-tool: Native AOT needs clang (or gcc) to link: apt-get install clang (Debian/Ubuntu), or pass --no-native" >&2
        exit 1
      fi
      if ! command -v llvm-objcopy >/dev/null && ! command -v objcopy >/dev/null; then
        echo "pack-tool: Native AOT needs objcopy to strip symbols: apt-get install binutils (or llvm), or pass --no-native" >&2
        exit 1
      fi ;;
    osx-*)
      xcrun --find clang >/dev/null 2>&1 || { echo "pack-tool: Native AOT needs Xcode's command line tools: xcode-select --install" >&2; exit 1; } ;;
  esac
fi

# The SDK packs everything in the publish folder: clear it, so that no file of an earlier publish ships.
packed=()
pack() {  # pack RID|pointer [args…]
  local kind=$1; shift
  local id=CanvasLang.Tool
  [ "$kind" != pointer ] && id=CanvasLang.Tool.$kind && rm -rf "$project"/bin/Release/*/"$kind"/publish
  rm -f "$out/$id.$version.nupkg"
  echo "== pack-tool: $id $version ($kind): dotnet pack $project -c Release $* -o $out"
  local start=$SECONDS
  dotnet pack "$project" -c Release "$@" -o "$out" -nologo ${extra[@]+"${extra[@]}"}
  [ -f "$out/$id.$version.nupkg" ] || { echo "pack-tool: dotnet pack did not write $out/$id.$version.nupkg" >&2; exit 1; }
  packed+=("$id.$version.nupkg ($((SECONDS - start)) s)")
}

# Every package the list names must be there, or installs on those machines fail: check before packing.
missing=()
for r in "${listed[@]}"; do
  [ "$r" = any ] || { [ "$r" = "$host" ] && [ "$build_native" = 1 ]; } || [ -f "$out/CanvasLang.Tool.$r.$version.nupkg" ] || missing+=("$r")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "pack-tool: CanvasLang.Tool would list packages that $out does not hold: ${missing[*]}." >&2
  echo "  Pack each on a machine of that platform (dotnet pack $project -c Release -r <rid> -o DIR), copy it into $out, run again." >&2
  exit 3
fi

[ "$build_native" = 1 ] && pack "$host" -r "$host"
pack any -r any -p:PublishAot=false
joined=$(IFS=';'; echo "${listed[*]}")
pack pointer "-p:ToolPackageRuntimeIdentifiers=\"$joined\""

echo "== pack-tool: in $out, for RIDs $joined (this machine: $host):"
printf '   %s\n' "${packed[@]}"
echo "   install: dotnet tool install --global CanvasLang.Tool --add-source $out"

#!/usr/bin/env bash
# Headless Neovim test of the CanvasLang plugin + language server: expects CV101 on a vague pain.
#   bash editors/neovim/test/run.sh
# Env: CANVASLANG_SERVER   server command (default: `dotnet run --project src/CanvasLang.Cli --`, run from
#                          the repo root; the project is built first so the 60 s are for the server alone)
#      CANVASLANG_TIMEOUT_MS  default 60000;  NVIM  the nvim binary (default nvim; Debian's 0.7.2 works)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
NVIM=${NVIM:-nvim}
cd "$REPO"
command -v "$NVIM" >/dev/null || { echo "FAIL: $NVIM not found (apt-get install -y neovim)"; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "${CANVASLANG_SERVER:-}" ]; then
  if [ ! -f src/CanvasLang.Cli/CanvasLang.Cli.csproj ]; then
    echo "FAIL: src/CanvasLang.Cli/CanvasLang.Cli.csproj does not exist; build the server or set CANVASLANG_SERVER"; exit 1
  fi
  # build first: `dotnet run` would otherwise compile inside the 60 s and may print build output on stdout
  if ! dotnet build src/CanvasLang.Cli -nologo -v q >"${TMPDIR:-/tmp}/canvaslang-nvim-build.log" 2>&1; then
    echo "FAIL: the server does not build (dotnet build src/CanvasLang.Cli):"; grep -E 'error|Error' "${TMPDIR:-/tmp}/canvaslang-nvim-build.log" | sort -u | head -10; exit 1
  fi
  export CANVASLANG_SERVER="dotnet run --no-build --project src/CanvasLang.Cli --"
fi
XDG_STATE_HOME=${XDG_STATE_HOME:-$(mktemp -d)} XDG_CACHE_HOME=${XDG_CACHE_HOME:-$(mktemp -d)} \
  "$NVIM" --headless -u NONE -i NONE -n \
  --cmd "set rtp^=$REPO/editors/neovim" --cmd 'filetype plugin indent on' --cmd 'syntax on' \
  -c "luafile $HERE/diagnostics_test.lua"

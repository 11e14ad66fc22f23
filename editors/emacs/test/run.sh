#!/usr/bin/env bash
# Headless Emacs test of canvaslang-mode + eglot + the language server: expects CV101 on a vague pain.
#   bash editors/emacs/test/run.sh
# Installs Debian's emacs-nox and elpa-eglot (Emacs 28, eglot 1.9) when missing (needs root).
# Env: CANVASLANG_SERVER      server command before `lsp' (default: the built canvaslang.dll under dotnet;
#                             the project is built first so the timeout is for the server alone)
#      CANVASLANG_TIMEOUT_MS  default 60000;  EMACS  the emacs binary (default emacs)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
EMACS=${EMACS:-emacs}
cd "$REPO"
if ! command -v "$EMACS" >/dev/null || [ ! -d /usr/share/emacs/site-lisp/elpa-src ] || ! ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* >/dev/null 2>&1; then
  echo "installing emacs-nox and elpa-eglot with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot >/dev/null \
    || { echo "FAIL: could not install emacs-nox and elpa-eglot (apt-get; root needed)"; exit 2; }
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "${CANVASLANG_SERVER:-}" ]; then
  log="${TMPDIR:-/tmp}/canvaslang-emacs-build.log"
  if ! dotnet build src/CanvasLang.Cli -nologo -v q >"$log" 2>&1; then
    echo "FAIL: the server does not build (dotnet build src/CanvasLang.Cli):"; grep -E 'error|Error' "$log" | sort -u | head -10; exit 1
  fi
  export CANVASLANG_SERVER="dotnet $REPO/src/CanvasLang.Cli/bin/Debug/net10.0/canvaslang.dll"
fi
HOME=$(mktemp -d) "$EMACS" --batch -Q -l "$HERE/diagnostics-test.el"

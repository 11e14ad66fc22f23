#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server, headless Chromium).
#
#   bash editors/vscode/test/e2e/run.sh        (from anywhere; CI calls this)
#
# 1. installs (once; cached in $E2E_BASE, default <repo>/.e2e) Node 24, code-server and playwright-core
# 2. publishes the language server into editors/vscode/server when src/CanvasLang.Cli exists, builds
#    and packages the extension (.vsix) and installs it into a fresh code-server extensions folder
# 3. starts code-server, opens test/e2e/workspace and runs runner/suite.js in the extension host;
#    screenshots go to $E2E_BASE/shots, and the README's ones to docs/screenshots/
#
# Env: CANVASLANG_SERVER_PATH  use this server executable (canvaslang.server.path) instead of building one
#      E2E_MOCK_SERVER=1       test the harness against mock-server/ (a stand-in; no docs screenshots)
#      E2E_ALLOW_NO_SERVER=1   exit 0 when the server-dependent checks had to be skipped (else exit 3)
#      SKIP_SERVER_BUILD=1     do not run dotnet publish (use editors/vscode/server as it is, if any)
#      SKIP_BUILD=1            reuse the existing .vsix;  SKIP_APT=1  no apt-get;  PORT (default 8093)
#      E2E_BASE                work folder (keep its path short: Unix sockets < 108 chars)
# Exit: 0 all passed, 1 a check failed, 3 passed but server-dependent checks were skipped.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
EXT=$(cd "$HERE/../.." && pwd)
REPO=$(cd "$EXT/../.." && pwd)
T_START=$(date +%s.%N)
source "$HERE/setup.sh"        # sets E2E_BASE, N24PATH, CS_ENTRY, note/now/since, the XDG/TMPDIR/npm cache env
PORT=${PORT:-8093}
RUN="$E2E_BASE/run"            # per-run state, recreated each time
rm -rf "$RUN"; mkdir -p "$RUN"/{ud/User,exts,shots,shot-req}

# ---------------------------------------------------------------- build + package + install
t=$(now)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  if [ -z "${CANVASLANG_SERVER_PATH:-}" ] && [ "${SKIP_SERVER_BUILD:-0}" != 1 ]; then
    (cd "$REPO" && node editors/vscode/scripts/build-server.mjs --if-present) >"$E2E_BASE/logs/build-server.log" 2>&1 \
      || { echo "e2e: building the server failed:"; tail -30 "$E2E_BASE/logs/build-server.log"; exit 1; }
  fi
  [ -d "$REPO/node_modules/vscode-languageclient" ] || (cd "$REPO" && PATH=$N24PATH npm ci --no-audit --no-fund >"$E2E_BASE/logs/npm-ci.log" 2>&1)
  (cd "$REPO" && PATH=$N24PATH npm run package -w editors/vscode) >"$E2E_BASE/logs/package.log" 2>&1 \
    || { echo "e2e: packaging the extension failed:"; tail -30 "$E2E_BASE/logs/package.log"; exit 1; }
fi
DOC_SHOTS="$REPO/docs/screenshots"
if [ "${E2E_MOCK_SERVER:-0}" = 1 ]; then
  export CANVASLANG_SERVER_PATH="$HERE/mock-server/canvaslang-mock"
  DOC_SHOTS=""   # never publish screenshots of the stand-in
  echo "e2e: NOTE using the MOCK server ($CANVASLANG_SERVER_PATH): this tests the harness, not the product"
fi
VSIX="$EXT/canvaslang.vsix"
[ -f "$VSIX" ] || { echo "e2e: $VSIX missing"; exit 1; }
note "server + extension built and packaged: $(since "$t")s ($(du -h "$VSIX" | cut -f1))"

if [ -n "${CANVASLANG_SERVER_PATH:-}" ] || [ -e "$EXT/server/canvaslang" ] || [ -e "$EXT/server/canvaslang.dll" ]; then
  E2E_SERVER=present
else
  E2E_SERVER=absent
  echo "e2e: NOTE no language server (src/CanvasLang.Cli not built, CANVASLANG_SERVER_PATH unset): server-dependent checks will be skipped"
fi

t=$(now)
cs() { PATH=$N24PATH node "$CS_ENTRY" --config "$RUN/cs-config.yaml" "$@"; }
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/cs-config.yaml"
cs --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" --install-extension "$VSIX" >"$E2E_BASE/logs/install-vsix.log" 2>&1 \
  || { echo "e2e: installing the vsix failed:"; cat "$E2E_BASE/logs/install-vsix.log"; exit 1; }
note "vsix installed into code-server: $(since "$t")s"

# ---------------------------------------------------------------- workspace + settings
WS="$RUN/ws"
cp -r "$HERE/workspace" "$WS"
mkdir -p "$WS/.vscode"
SERVER_SETTING=""
[ -n "${CANVASLANG_SERVER_PATH:-}" ] && SERVER_SETTING=$(printf '"canvaslang.server.path": "%s",' "$CANVASLANG_SERVER_PATH")
printf '{ %s "canvaslang.trace.server": "messages" }\n' "$SERVER_SETTING" > "$WS/.vscode/settings.json"
cat > "$RUN/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "workbench.tips.enabled": false,
  "window.commandCenter": false,
  "editor.minimap.enabled": false,
  "editor.snippetSuggestions": "bottom",
  "editor.suggest.showSnippets": false,
  "editor.fontSize": 14,
  "workbench.colorTheme": "Default Dark Modern"
}
JSON

# ---------------------------------------------------------------- code-server
CS_PGID=""
stop_cs() { if [ -n "$CS_PGID" ]; then kill -- -"$CS_PGID" 2>/dev/null || true; sleep 1; kill -9 -- -"$CS_PGID" 2>/dev/null || true; fi; CS_PGID=""; }
trap stop_cs EXIT
t=$(now)
# own process group (setsid), so that stopping it also ends the extension host and the language server
PATH=$N24PATH E2E_RESULT="$RUN/result.json" E2E_SHOT_DIR="$RUN/shot-req" E2E_SERVER=$E2E_SERVER \
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$RUN/cs.pgid" \
  node "$CS_ENTRY" --config "$RUN/cs-config.yaml" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --reconnection-grace-time 30 --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" \
  --vscode-option enable-smoke-test-driver >"$E2E_BASE/logs/code-server.log" 2>&1 </dev/null &
i=0
until [ -s "$RUN/cs.pgid" ] && curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
  sleep 0.2; i=$((i+1)); [ $i -gt 300 ] && { echo "e2e: code-server did not start"; tail "$E2E_BASE/logs/code-server.log"; exit 1; }
done
CS_PGID=$(cat "$RUN/cs.pgid")
note "code-server listening: $(since "$t")s"

t=$(now)
RC=0
CS_URL="http://127.0.0.1:$PORT/" WS="$WS" RUNNER="$HERE/runner" E2E_RESULT="$RUN/result.json" E2E_SHOT_DIR="$RUN/shot-req" \
  SHOTS_OUT="$RUN/shots" DOC_SHOTS="$DOC_SHOTS" PW_DIR="$E2E_BASE/tools/node_modules/playwright-core" \
  PATH=$N24PATH node "$HERE/driver.mjs" || RC=$?
note "extension-host suite: $(since "$t")s"
stop_cs
cp -r "$RUN/shots" "$E2E_BASE/" 2>/dev/null || true
note "total: $(since "$T_START")s; screenshots in $RUN/shots"

if [ $RC = 3 ]; then
  if [ "${E2E_ALLOW_NO_SERVER:-0}" = 1 ]; then echo "RESULT: PASS (server-dependent checks skipped: no server)"; exit 0; fi
  echo "RESULT: INCOMPLETE - server-dependent checks were skipped (no language server). Set E2E_ALLOW_NO_SERVER=1 to accept."; exit 3
fi
echo "RESULT: $([ $RC = 0 ] && echo ALL PASS || echo FAILURES)"
exit $RC

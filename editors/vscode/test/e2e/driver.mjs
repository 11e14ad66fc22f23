// Drives a headless Chromium (Debian's, via playwright-core) to code-server's workbench in
// extension-test mode: the payload URL parameter makes the window load runner/ as the development
// extension and run runner/suite.js in the extension host, next to the installed canvaslang .vsix.
// While the suite runs, this process serves its screenshot requests (files in $E2E_SHOT_DIR).
// The workbench reports the suite's exit code through window.codeAutomationExit (needs code-server
// started with `--vscode-option enable-smoke-test-driver`).
import { createRequire } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { CS_URL, WS, RUNNER, E2E_RESULT, E2E_SHOT_DIR, SHOTS_OUT, DOC_SHOTS, PW_DIR } = process.env;
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 300000);
const require = createRequire(join(PW_DIR, 'package.json'));
const { chromium } = require('playwright-core');
const DOCS = new Set(['diagnostics', 'hover', 'completion', 'preview', 'preview-swot']); // the README's screenshots

const T0 = Date.now();
const t = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
mkdirSync(E2E_SHOT_DIR, { recursive: true });
mkdirSync(SHOTS_OUT, { recursive: true });
for (const f of readdirSync(E2E_SHOT_DIR)) unlinkSync(join(E2E_SHOT_DIR, f));
try { unlinkSync(E2E_RESULT); } catch {}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let exitCode;
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', m => { if (/\[e2e /.test(m.text())) console.log('  ', m.text()); });
  await page.exposeFunction('codeAutomationExit', code => { exitCode = code; });
  const auth = new URL(CS_URL).host;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${auth}${RUNNER}`],
    ['extensionTestsPath', `vscode-remote://${auth}${join(RUNNER, 'suite.js')}`]];
  await page.goto(`${CS_URL}?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    { waitUntil: 'domcontentloaded' });
  console.log(t(), 'workbench loading');
  let n = 0;
  while (exitCode === undefined && Date.now() - T0 < TIMEOUT) {
    for (const f of readdirSync(E2E_SHOT_DIR).filter(f => f.endsWith('.request'))) {
      const name = f.replace(/\.request$/, '');
      const req = readFileSync(join(E2E_SHOT_DIR, f), 'utf8');
      if (req.startsWith('{') && JSON.parse(req).action === 'click-preview') {
        const { line } = JSON.parse(req);
        let said;
        for (let i = 0; i < 50 && !said; i++) { // the webview may still be loading: retry for 10 s
          for (const frame of page.frames()) {
            const el = await frame.$(`[data-line="${line}"]`).catch(() => null);
            if (el) { await el.click(); said = 'clicked'; break; }
          }
          if (!said) await page.waitForTimeout(200);
        }
        said = said || `error: no element with data-line=${line} in any frame (${page.frames().map(f => f.url().slice(0, 60)).join(', ')})`;
        unlinkSync(join(E2E_SHOT_DIR, f));
        writeFileSync(join(E2E_SHOT_DIR, `${name}.done`), said);
        console.log(t(), name, said);
        continue;
      }
      const out = join(SHOTS_OUT, `${name}.png`);
      await page.screenshot({ path: out });
      if (DOCS.has(name) && DOC_SHOTS) { mkdirSync(DOC_SHOTS, { recursive: true }); copyFileSync(out, join(DOC_SHOTS, `${name}.png`)); }
      unlinkSync(join(E2E_SHOT_DIR, f));
      writeFileSync(join(E2E_SHOT_DIR, `${name}.done`), out);
      console.log(t(), 'screenshot', out);
      n++;
    }
    await page.waitForTimeout(100);
  }
  if (exitCode === undefined) {
    await page.screenshot({ path: join(SHOTS_OUT, 'timeout.png') });
    console.log(t(), `TIMEOUT after ${TIMEOUT} ms: the suite did not finish (see ${join(SHOTS_OUT, 'timeout.png')})`);
  }
} finally {
  await browser.close();
}
const res = existsSync(E2E_RESULT) ? JSON.parse(readFileSync(E2E_RESULT, 'utf8')) : null;
console.log(t(), `suite exit code ${exitCode}`);
if (res) {
  for (const r of res.results) console.log(`  ${r.status.toUpperCase().padEnd(4)} ${r.name}${r.detail ? ' — ' + r.detail : ''}`);
  console.log(`  passed ${res.passed}, failed ${res.failed}, skipped ${res.skipped} (server ${res.server}), ${res.ms} ms in the extension host`);
} else {
  console.log('  no result file: the suite did not run (is code-server started with --vscode-option enable-smoke-test-driver?)');
}
process.exit(exitCode === 0 && res && res.ok ? (res.skipped ? 3 : 0) : 1);

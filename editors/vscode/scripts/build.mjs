// Bundles the extension with esbuild into dist/extension.js and copies what the package ships from
// the repository: the configuration JSON Schema (docs/schema) and the rule documents (docs/rules).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(ext, '..', '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// 1. the configuration schema (written in docs/schema by the server side)
const schemaSrc = join(repo, 'docs', 'schema', 'canvaslang.schema.json');
const schemaDst = join(ext, 'schemas', 'canvaslang.schema.json');
mkdirSync(dirname(schemaDst), { recursive: true });
if (existsSync(schemaSrc)) {
  cpSync(schemaSrc, schemaDst);
  console.log('copied docs/schema/canvaslang.schema.json');
} else if (!existsSync(schemaDst)) {
  // a permissive stand-in so that jsonValidation does not point at nothing
  writeFileSync(schemaDst, JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'CanvasLang configuration (canvaslang.json)',
    description: 'Placeholder: the full schema is copied from docs/schema/canvaslang.schema.json at build time.',
    type: 'object',
  }, null, 2) + '\n');
  console.warn('warning: docs/schema/canvaslang.schema.json not found; wrote a permissive placeholder schema');
}

// 2. the rule documents, for "CanvasLang: Open Rule Documentation" offline
const rulesSrc = join(repo, 'docs', 'rules');
const rulesDst = join(ext, 'docs', 'rules');
rmSync(rulesDst, { recursive: true, force: true });
const docs = existsSync(rulesSrc) ? readdirSync(rulesSrc).filter(f => f.endsWith('.md')) : [];
if (docs.length) {
  mkdirSync(rulesDst, { recursive: true });
  for (const f of docs) cpSync(join(rulesSrc, f), join(rulesDst, f));
  console.log(`copied ${docs.length} rule documents from docs/rules`);
} else {
  console.warn('warning: no docs/rules/*.md yet; the command will open the online documentation');
}

// 3. the bundle
const options = {
  entryPoints: [join(ext, 'src', 'extension.ts')],
  bundle: true,
  outfile: join(ext, 'dist', 'extension.js'),
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}

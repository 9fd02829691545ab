// --trace-require-module=all warns (once) when CommonJS code requires an ES module; no-node-modules only for
// requires outside node_modules; any other value is refused with exit code 9.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const fixtures = path.join(__dirname, 'fixtures');

for (const [mode, file] of [['all', 'direct.js'], ['all', 'through-package.js'], ['no-node-modules', 'direct.js'],
  ['no-node-modules', 'through-package.js'], ['sometimes', 'direct.js']]) {
  const r = spawnSync(process.execPath, [`--trace-require-module=${mode}`, file], { cwd: fixtures, encoding: 'utf8' });
  const stderr = r.stderr.replaceAll(__dirname, '<dir>').replaceAll(process.execPath, '<execPath>')
    .replace(/\(node:\d+\)/g, '(node:PID)');
  console.log(mode, file, r.status, JSON.stringify(r.stdout), JSON.stringify(stderr));
}

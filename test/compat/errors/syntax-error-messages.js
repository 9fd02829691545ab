// SyntaxErrors carry V8's messages wherever code is compiled: require(), import(), node:vm, -e, and the entry
// script (whose uncaught report shows the line and a caret).
const vm = require('node:vm');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

function report(what, fn) {
  try {
    fn();
    console.log(what, 'compiled');
  } catch (e) {
    console.log(what, e.name, JSON.stringify(e.message));
  }
}

report('require', () => require('./fixtures/missing-comma.js'));
for (const code of ['f(a b)', 'if (a b) {}', 'let x = 1 2', "let s = 'a' 'b'", 'let = ;', 'if (', 'const c;',
  'let y; let y;', 'return', 'import x from "y"', 'export default 1', '1 = 2', 'x = /a(/u', "'use strict'; var let"]) {
  report(`vm ${code}`, () => new vm.Script(code));
}
report('compileFunction', () => vm.compileFunction('return a b'));
const child = spawnSync(process.execPath, ['-e', 'console.log(1 2)'], { encoding: 'utf8' });
console.log('-e', child.status, child.stderr.split('\n').filter((line) => line.startsWith('SyntaxError')));
import('./fixtures/bad-module.mjs').catch((e) => console.log('import', e.name, JSON.stringify(e.message)));

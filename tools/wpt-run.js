'use strict';
// Runs one web-platform-tests file (a *.any.js from Node's copy of WPT in .nodesuite/test/fixtures/wpt) under
// the runtime executing this script, with WPT's own testharness.js, and prints "file: passed/total" and each
// failure. Usage: bin/jnode tools/wpt-run.js .nodesuite/test/fixtures/wpt/streams/piping/general.any.js
const fs = require('fs');
const path = require('path');

const file = path.resolve(process.argv[2]);
const root = file.slice(0, file.indexOf('/wpt/') + 4);
globalThis.self = globalThis;
// The shell environment of testharness.js; the tests' META globals ask which kind of global this is.
globalThis.GLOBAL = { isWindow: () => false, isShadowRealm: () => false, isWorker: () => false };
const load = (script) => (0, eval)(fs.readFileSync(script, 'utf8'));
load(path.join(root, 'resources/testharness.js'));

const failures = [];
let passed = 0;
add_result_callback((test) => {
  if (test.status === test.PASS) passed++;
  else failures.push(`${test.name}: ${test.message}`);
});
add_completion_callback((tests, status) => {
  const harness = status.status === status.OK ? '' : ` (harness: ${status.message})`;
  console.log(`${path.relative(root, file)}: ${passed}/${tests.length}${harness}`);
  for (const failure of failures) console.log(`   FAIL ${failure}`);
});

const source = fs.readFileSync(file, 'utf8');
for (const [, script] of source.matchAll(/^\/\/ META: script=(.*)$/gm)) {
  load(script.startsWith('/') ? path.join(root, script) : path.join(path.dirname(file), script));
}
(0, eval)(source);

'use strict';
// Which tests run: `only` (siblings of an only test, runOnly), name patterns, skip patterns;
// exit code 0 when nothing failed (skips and failing todos included); ES module use of node:test.
const { runTestFile } = require('./fixtures/run');
runTestFile('fixtures/only.js');
runTestFile('fixtures/names.js', ['--test-name-pattern=alpha']);
runTestFile('fixtures/names.js', ['--test-skip-pattern=/GAMMA|two/i']);
runTestFile('fixtures/all-pass.js', ['--test-reporter=tap']);
runTestFile('fixtures/esm.mjs');

'use strict';
// Kinds of failure: rejections, timeouts (cancelled), plans, done() misuse, a failing before hook,
// an error after the test ended; the spec and TAP reports and exit code 1.
const { runTestFile } = require('./fixtures/run');
runTestFile('fixtures/failures.js');
runTestFile('fixtures/failures.js', ['--test-reporter=tap']);

'use strict';
// --test-reporter=dot: one character per result, then the failures.
require('./fixtures/run').runTestFile('fixtures/basic.js', ['--test-reporter=dot']);

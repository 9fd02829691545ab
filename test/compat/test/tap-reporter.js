'use strict';
// --test-reporter=tap: subtests, plans, YAML blocks with the failure details, directives, summary.
require('./fixtures/run').runTestFile('fixtures/basic.js', ['--test-reporter=tap']);

'use strict';
// Activity after the tests: a subtest made once its parent ended fails on its own; an error thrown by code
// outside any test is caught by the runner and fails the run.
require('./fixtures/run').runTestFile('fixtures/late.js');

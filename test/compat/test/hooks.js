'use strict';
// Hook order: before/after once, beforeEach outermost first, afterEach innermost first, t.after last;
// names and full names; top-level tests start after the declaring code finished.
require('./fixtures/run').runTestFile('fixtures/hooks.js', ['--test-reporter=spec', '--test-reporter-destination=stderr'],
  { showStderr: false });

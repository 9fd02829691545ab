'use strict';
// The default reporter (spec, when stdout is not a terminal): results, nesting, summary, failing tests.
require('./fixtures/run').runTestFile('fixtures/basic.js');

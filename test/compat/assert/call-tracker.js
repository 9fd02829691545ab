'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const tracker = new assert.CallTracker();
function foo() { return 'r'; }
const c = tracker.calls(foo, 2);
const d = tracker.calls(3);
console.log(c(1, 2), c.name, c.length);
console.log(tracker.getCalls(c));
console.log(tracker.report().map(({ message, actual, expected, operator }) => ({ message, actual, expected, operator })));
check('verify two', () => tracker.verify());
tracker.reset(c);
c(); c();
check('verify one', () => tracker.verify());
check('untracked', () => tracker.getCalls(foo));
check('zero', () => tracker.calls(foo, 0));
d(); d(); d();
check('verify ok', () => tracker.verify());

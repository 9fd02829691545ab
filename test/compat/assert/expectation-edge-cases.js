'use strict';
// Corners of the error expectations, CallTracker's verify details and the shape of the methods.
const assert = require('assert');
const { check, checkAsync } = require('./fixtures/check');

const thrower = (value) => () => { throw value; };

check('string equal to thrown message', () => assert.throws(thrower(new Error('same')), 'same'));
check('string equal to thrown primitive', () => assert.throws(thrower('same'), 'same'));
check('string then message', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
check('number as error', () => assert.throws(thrower(new Error('x')), 5));
check('missing, named class', () => assert.throws(() => {}, TypeError, 'why'));
check('missing, no message', () => assert.throws(() => {}));
check('message is an Error', () => assert.throws(() => {}, undefined, new RangeError('mine')));
class LocalError extends Error {}
check('same name, other class', () => assert.throws(thrower(new (class TypeError extends Error {})('m')), TypeError));
check('class, primitive thrown', () => assert.throws(thrower(42), LocalError));
check('class, empty message', () => assert.throws(thrower(new Error('')), LocalError));
check('validator returns 1', () => assert.throws(thrower(new Error('v')), function checkIt() { return 1; }));
check('anonymous validator', () => assert.throws(thrower('p'), [() => 'no'][0]));
check('validator with message', () => assert.throws(thrower('p'), () => false, 'custom'));
check('error instance keys', () => assert.throws(thrower(new TypeError('a')), new TypeError('b')));
check('error instance with extra key', () => {
  assert.throws(thrower(Object.assign(new Error('a'), { code: 1 })), Object.assign(new Error('a'), { code: 2 }));
});
check('inherited key', () => assert.throws(thrower(Object.create({ code: 'X' })), { code: 'X' }));
check('regexp key on non-string', () => assert.throws(thrower({ code: 5 }), { code: /5/ }));
check('mismatch with Error message', () => assert.throws(thrower({ a: 1 }), { a: 2 }, new SyntaxError('given')));
check('doesNotThrow other class', () => assert.doesNotThrow(thrower(new RangeError('r')), TypeError));
check('doesNotThrow matching class', () => assert.doesNotThrow(thrower(new RangeError('r')), RangeError, 'no'));
check('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(new Error('r')), { a: 1 }));
check('doesNotThrow string message', () => assert.doesNotThrow(thrower('plain'), 'text'));
check('doesNotThrow regexp miss', () => assert.doesNotThrow(thrower(new Error('abc')), /xyz/));
check('match non-string', () => assert.match(5, /5/));
check('doesNotMatch Error message', () => assert.doesNotMatch('abc', /b/, new TypeError('given')));
check('fail null operator', () => assert.fail(1, 2, undefined, null));

const tracker = new assert.CallTracker();
const once = tracker.calls(function once() {});
tracker.calls(2);
once(1);
once.call('self', 2);
console.log(tracker.getCalls(once).map((call) => [call.thisArg, call.arguments, Object.isFrozen(call)]));
try {
  tracker.verify();
} catch (e) {
  console.log(e.message, Object.keys(e));
  console.log(e['message 0'], e['actual 1'], e['expected 1'], e['operator 1'], typeof e['stack trace 0']);
}
tracker.reset();
console.log(tracker.getCalls(once).length, tracker.report().length);
check('reset untracked', () => tracker.reset(() => {}));

for (const name of ['equal', 'notDeepStrictEqual', 'throws', 'rejects', 'fail', 'match', 'ifError']) {
  const fn = assert[name];
  console.log(name, fn.name, fn.length, typeof fn.prototype);
}
const instance = new assert.Assert();
console.log(instance.equal.name, instance.equal.length, Object.keys(instance));

(async () => {
  await checkAsync('rejects non-thenable return', () => assert.rejects(() => 5));
  await checkAsync('rejects bad argument', () => assert.rejects(5));
  await checkAsync('rejects thenable', () => assert.rejects({ then(_, reject) { reject(new Error('t')); }, catch() {} }, /t/));
  await checkAsync('rejects resolved', () => assert.rejects(Promise.resolve(1), Error));
  await checkAsync('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('boom')), 'msg'));
})();

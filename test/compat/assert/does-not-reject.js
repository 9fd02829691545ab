'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const { checkAsync } = require('./fixtures/check');
(async () => {
  await checkAsync('resolves', () => assert.doesNotReject(Promise.resolve(1)));
  await checkAsync('rejects', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await checkAsync('fn', () => assert.doesNotReject(async () => { throw new Error('y'); }, 'msg'));
  await checkAsync('other class', () => assert.doesNotReject(async () => { throw new TypeError('t'); }, RangeError));
  await checkAsync('thenable', () => assert.doesNotReject({ then(r) { r(); }, catch() {} }));
})();

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const { checkAsync } = require('./fixtures/check');
(async () => {
  await checkAsync('rejects', () => assert.rejects(Promise.reject(new Error('x')), /x/));
  await checkAsync('resolves', () => assert.rejects(Promise.resolve(1)));
  await checkAsync('fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await checkAsync('wrong class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await checkAsync('not a promise', () => assert.rejects(() => 1));
  await checkAsync('bad arg', () => assert.rejects(1));
  await checkAsync('object', () => assert.rejects(Promise.reject(new Error('m')), { message: 'n' }));
  await checkAsync('message', () => assert.rejects(Promise.resolve(), Error, 'must reject'));
  const p = assert.rejects(Promise.reject(new Error('a')));
  console.log('returns promise', p instanceof Promise);
  await p;
})();

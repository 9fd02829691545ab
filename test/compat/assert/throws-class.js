'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('match', () => assert.throws(() => { throw new TypeError('t'); }, TypeError));
check('base class', () => assert.throws(() => { throw new TypeError('t'); }, Error));
check('wrong class', () => assert.throws(() => { throw new TypeError('t'); }, RangeError));
check('no throw', () => assert.throws(() => {}));
check('no throw with class', () => assert.throws(() => {}, TypeError));
check('no throw message', () => assert.throws(() => {}, TypeError, 'should throw'));
check('non error thrown', () => assert.throws(() => { throw 'str'; }, TypeError));
class MyError extends Error {}
check('subclass', () => assert.throws(() => { throw new MyError('m'); }, MyError));

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('returns true', () => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
check('returns false', () => assert.throws(() => { throw new Error('x'); }, function validate(e) { return false; }));
check('returns truthy', () => assert.throws(() => { throw new Error('x'); }, () => 1));
check('anonymous', () => assert.throws(() => { throw 'y'; }, (e) => undefined));

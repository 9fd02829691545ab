'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('1 == "1"', () => assert.equal(1, '1'));
check('null == undefined', () => assert.equal(null, undefined));
check('NaN == NaN', () => assert.equal(NaN, NaN));
check('1 == 2', () => assert.equal(1, 2));
check('objects', () => assert.equal({ a: 1 }, { a: 1 }));
check('custom', () => assert.equal(1, 2, 'one is not two'));

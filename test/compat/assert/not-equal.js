'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('1 != 2', () => assert.notEqual(1, 2));
check('1 != "1"', () => assert.notEqual(1, '1'));
check('NaN != NaN', () => assert.notEqual(NaN, NaN));
check('strings', () => assert.notEqual('abc', 'abc'));

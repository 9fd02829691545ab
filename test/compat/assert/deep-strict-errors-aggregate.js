'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('aggregate', () => assert.deepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm')));
check('aggregate equal', () => assert.deepStrictEqual(new AggregateError([1], 'm'), new AggregateError([1], 'm')));

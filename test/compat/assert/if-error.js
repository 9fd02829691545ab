'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('null', () => assert.ifError(null));
check('undefined', () => assert.ifError(undefined));
check('error', () => assert.ifError(new Error('bad')));
check('string', () => assert.ifError('str'));
check('number', () => assert.ifError(0));
check('empty message', () => assert.ifError(new TypeError('')));
try { assert.ifError(new Error('x')); } catch (e) { console.log(e.actual.message, e.expected, e.operator); }

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('no match', () => assert.doesNotMatch('abc', /x/));
check('matches', () => assert.doesNotMatch('abc', /b/));
check('not a string', () => assert.doesNotMatch({}, /b/));
check('custom', () => assert.doesNotMatch('abc', /b/, 'has b'));

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('matches', () => assert.match('abc', /b/));
check('no match', () => assert.match('abc', /x/));
check('not a string', () => assert.match(123, /1/));
check('custom', () => assert.match('abc', /x/, 'no x'));
check('bad regexp', () => assert.match('abc', 'b'));
check('error message', () => assert.match('abc', /x/, new Error('own')));

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('strictEqual', () => assert.strictEqual(1));
check('equal', () => assert.equal());
check('deepStrictEqual', () => assert.deepStrictEqual({}));
check('notDeepEqual', () => assert.notDeepEqual(1));
check('partial', () => assert.partialDeepStrictEqual(1));

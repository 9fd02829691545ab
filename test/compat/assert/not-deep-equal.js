'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('equal objects', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check('loosely equal', () => assert.notDeepEqual(1, '1'));
check('differ', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
check('long', () => assert.notDeepEqual('x'.repeat(2000), 'x'.repeat(2000)));
check('custom', () => assert.notDeepEqual([1], [1], 'should differ'));

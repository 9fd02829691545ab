'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('create proto', () => assert.deepStrictEqual(Object.create({ x: 1 }), {}));
check('null chain', () => assert.deepStrictEqual(Object.create(Object.create(null)), {}));
check('array proto', () => assert.deepStrictEqual(Object.create(Array.prototype), {}));

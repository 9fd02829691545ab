'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const f = () => {};
check('same fn', () => assert.deepStrictEqual({ f }, { f }));
check('different fns', () => assert.deepStrictEqual({ f }, { f: () => {} }));
check('loose fns', () => assert.deepEqual(function a() {}, function a() {}));

'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
class A {}
class B {}
check('class vs plain', () => assert.deepStrictEqual(new A(), {}));
check('two classes', () => assert.deepStrictEqual(new A(), new B()));
check('null proto', () => assert.deepStrictEqual(Object.create(null), {}));
check('loose ignores', () => assert.deepEqual(new A(), new B()));
check('same class', () => assert.deepStrictEqual(new A(), new A()));
check('array null proto', () => assert.deepStrictEqual([1], Object.setPrototypeOf([1], null)));

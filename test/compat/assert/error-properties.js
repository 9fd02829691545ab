'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
try { assert.deepStrictEqual({ a: 1 }, { a: 2 }); } catch (e) {
  console.log(e.actual, e.expected, e.operator, e.code, e.name);
  console.log(Object.keys(e));
}
try { assert.throws(() => { throw new Error('a'); }, { message: 'b' }); } catch (e) {
  console.log(e.actual instanceof Error, e.expected, e.operator);
}
try { assert.match('a', /b/); } catch (e) { console.log(e.actual, e.expected, e.operator); }

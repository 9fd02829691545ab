'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const a = new assert.Assert();
check('strict equal', () => a.equal(1, '1'));
const loose = new assert.Assert({ strict: false });
check('loose equal', () => loose.equal(1, '1'));
const full = new assert.Assert({ diff: 'full' });
try { full.strictEqual(1, 2); } catch (e) { console.log(e.diff, JSON.stringify(e.message)); }
try { assert.strictEqual(1, 2); } catch (e) { console.log(e.diff); }
check('bad diff', () => new assert.Assert({ diff: 'x' }));
console.log(Object.keys(a));

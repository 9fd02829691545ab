'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const util = require('util');
try { assert.strictEqual(1, 2); } catch (e) {
  const text = util.inspect(e);
  console.log(text.includes('generatedMessage: true'), text.includes("code: 'ERR_ASSERTION'"), text.includes("operator: 'strictEqual'"));
}

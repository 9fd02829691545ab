'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
console.log(util.getSystemErrorMessage(-2), '|', util.getSystemErrorMessage(-13));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap() instanceof Map);
attempt('positive', () => util.getSystemErrorName(1));
attempt('string', () => util.getSystemErrorName('x'));
attempt('unknown', () => util.getSystemErrorName(-99999));

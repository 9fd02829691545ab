'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const t = util.types;
for (const v of [new Number(1), new String('s'), new Boolean(false), Object(1n), Object(Symbol()), 1, 's', null]) console.log(t.isNumberObject(v), t.isStringObject(v), t.isBooleanObject(v), t.isBigIntObject(v), t.isSymbolObject(v), t.isBoxedPrimitive(v));

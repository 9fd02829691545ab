'use strict';
// util.callbackify: the wrapper's name and length, and how rejections reach the callback.
const util = require('util');
async function fetchThing(a, b) { return a + b; }
const cb = util.callbackify(fetchThing);
console.log(cb.name, cb.length, Object.getOwnPropertyNames(cb).sort().join(','));
cb(1, 2, (err, value) => console.log('resolved', err, value));
for (const reason of [0, '', null, undefined, false, new Error('real')]) {
  util.callbackify(async () => { throw reason; })((err) => {
    console.log('rejected', JSON.stringify(String(reason)), err.code, err.message, 'reason' in err, err.reason === reason);
  });
}
try {
  cb(1, 2);
} catch (e) {
  console.log(e.code, e.message);
}
const f = () => 1;
Object.defineProperty(f, 'name', { value: 42 });
console.log(util.callbackify(f).name);
console.log(util.getSystemErrorMessage(-4095), util.getSystemErrorName(-4095));
try { util.getSystemErrorName(-1.5); } catch (e) { console.log(e.code, e.message); }
try { util.getSystemErrorMessage(NaN); } catch (e) { console.log(e.code, e.message); }

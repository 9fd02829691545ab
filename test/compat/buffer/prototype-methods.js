'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const names = Object.getOwnPropertyNames(Buffer.prototype).sort();
console.log(names.length);
console.log(names.join(' '));
console.log(Object.getOwnPropertyNames(Buffer).sort().join(' '));

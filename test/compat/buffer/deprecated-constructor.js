'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const a = new Buffer(3);
const b = Buffer('ab');
const c = Buffer([1, 2], undefined);
console.log(a, b, c);
try {
  Buffer(3, 'utf8');
} catch (e) {
  console.log(e.code, e.message);
}
setTimeout(() => console.log('done'), 1);

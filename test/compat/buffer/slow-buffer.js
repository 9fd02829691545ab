'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { SlowBuffer } = require('buffer');
process.on('warning', (w) => console.log('warning', w.name, w.code));
const s = SlowBuffer(4);
console.log(s.length, Buffer.isBuffer(s), typeof SlowBuffer);
try {
  SlowBuffer(-1);
} catch (e) {
  console.log(e.code, e.message);
}
setTimeout(() => console.log('done'), 1);

'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.allocUnsafe(10);
t('length', () => a.length);
t('is buffer', () => Buffer.isBuffer(a));
t('slow length', () => Buffer.allocUnsafeSlow(100).length);
t('slow own buffer', () => Buffer.allocUnsafeSlow(100).buffer.byteLength);
t('unsafe 0', () => Buffer.allocUnsafe(0));
t('poolSize', () => Buffer.poolSize);
t('large own buffer', () => Buffer.allocUnsafe(40000).buffer.byteLength);

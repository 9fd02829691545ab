'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('this is a buffer');
t('string', () => b.includes('this'));
t('offset', () => b.includes('this', 1));
t('buffer', () => b.includes(Buffer.from('a buf')));
t('number', () => b.includes(97));
t('number absent', () => b.includes(98 + 256 * 10));
t('negative offset', () => b.includes('buffer', -6));
t('hex', () => b.includes('6973', 'hex'));
t('bad', () => b.includes([]));

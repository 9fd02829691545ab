'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('abcdef');
const b = Buffer.from('cd');
t('target range', () => a.compare(b, 0, 2, 2, 4));
t('source empty', () => a.compare(b, 0, 1, 3, 2));
t('both empty', () => a.compare(b, 1, 1, 3, 3));
t('target empty', () => a.compare(b, 1, 1, 0, 2));
t('defaults', () => a.compare(b));
t('targetStart negative', () => a.compare(b, -1));
t('targetEnd too big', () => a.compare(b, 0, 10));
t('sourceEnd too big', () => a.compare(b, 0, 1, 0, 9));
t('sourceStart big ok', () => a.compare(b, 0, 1, 9));
t('fraction', () => a.compare(b, 0.5));
t('bad target', () => a.compare('cd'));

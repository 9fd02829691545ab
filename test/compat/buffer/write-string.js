'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
t('default', () => [b.write('hi'), b]);
t('offset', () => [b.write('xy', 3), b]);
t('offset length', () => [b.write('abcdef', 1, 2), b]);
t('encoding as offset', () => [b.write('ffee', 'hex'), b]);
t('encoding as length', () => [b.write('6162', 6, 'hex'), b]);
t('all args', () => [b.write('6162', 0, 1, 'hex'), b]);
t('truncates', () => [Buffer.alloc(3).write('abcdef')]);
t('partial utf8 char', () => { const c = Buffer.alloc(4); return [c.write('ab\u20ac'), c]; });
t('partial surrogate pair', () => { const c = Buffer.alloc(5); return [c.write('a\ud83d\ude00'), c]; });
t('utf8 exact fit', () => { const c = Buffer.alloc(5); return [c.write('ab\u20ac'), c]; });
t('base64', () => { const c = Buffer.alloc(4); return [c.write('aGVsbG8=', 'base64'), c]; });
t('latin1', () => { const c = Buffer.alloc(2); return [c.write('\u00e9\u0100', 'latin1'), c]; });
t('empty', () => b.write(''));

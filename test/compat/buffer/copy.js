'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const src = Buffer.from('abcdef');
t('basic', () => { const d = Buffer.alloc(4); return [src.copy(d), d.toString()]; });
t('target start', () => { const d = Buffer.alloc(4, '.'); return [src.copy(d, 1, 2), d.toString()]; });
t('source range', () => { const d = Buffer.alloc(10, '.'); return [src.copy(d, 0, 4, 2), src.copy(d, 0, 1.7, 3.2), d.toString()]; });
t('target start beyond', () => src.copy(Buffer.alloc(3), 5));
t('overlap', () => { const b = Buffer.from('123456'); b.copy(b, 2, 0, 4); return b.toString(); });
t('into uint8array', () => { const u = new Uint8Array(3); src.copy(u); return u; });
t('negative targetStart', () => src.copy(Buffer.alloc(3), -1));
t('negative sourceEnd', () => src.copy(Buffer.alloc(3), 0, 0, -1));
t('sourceStart too big', () => src.copy(Buffer.alloc(3), 0, 7));
t('bad target', () => src.copy('x'));
t('string offsets', () => { const d = Buffer.alloc(3, '.'); return [src.copy(d, '1', '1'), d.toString()]; });

'use strict';
// Prints a result, or the error's name, code and (for Node's own coded errors) message.
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? [...r].join(',') : JSON.stringify(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '');
  }
}
const b = Buffer.from('abcabc');
t('encoding in offset place', () => Buffer.from('abcd', 'ucs2').indexOf('c', 'ucs2'));
t('unknown encoding in offset place', () => b.indexOf('b', 'x'));
t('empty encoding', () => b.indexOf('b', 0, ''));
t('Buffer needle ignores unknown encoding', () => b.indexOf(Buffer.from('b'), 0, 'bogus'));
t('Buffer needle, ucs2', () => Buffer.from('abcd', 'ucs2').indexOf(Buffer.from('c\0'), 0, 'ucs2'));
t('ucs2 one-byte needle', () => Buffer.from('abcd', 'ucs2').indexOf(Buffer.from('c'), 0, 'ucs2'));
t('lastIndexOf null offset', () => b.lastIndexOf('c', null));
t('lastIndexOf object offset', () => b.lastIndexOf('c', {}));
t('lastIndexOf far negative', () => b.lastIndexOf('c', -100));
t('lastIndexOf empty far negative', () => b.lastIndexOf('', -100));
t('indexOf empty past end', () => b.indexOf('', 100));
t('lastIndexOf empty past end', () => b.lastIndexOf('', 100));
t('byte from the end', () => b.indexOf(99, -2));
t('byte wraps', () => b.indexOf(355));
t('fractional byte', () => b.indexOf(99.9));
t('lastIndexOf huge offset', () => b.lastIndexOf(97, 1e12));
t('indexOf huge negative', () => b.indexOf(97, -1e12));
t('lastIndexOf huge negative', () => b.lastIndexOf(97, -1e12));
t('needle longer than rest', () => b.indexOf('abc', 4));
t('lastIndexOf needle longer than buffer', () => b.lastIndexOf('abcabca'));
t('in empty buffer', () => Buffer.alloc(0).indexOf('a'));
t('object needle', () => b.indexOf({}));
t('includes with encoding', () => b.includes('6263', 0, 'hex'));

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
function w(label, ...args) {
  t(label, () => {
    const b = Buffer.alloc(4);
    const n = b.write(...args);
    return [n, ...b];
  });
}
w('no offset ignores length and encoding', 'ab', undefined, 1, 'hex');
w('encoding second', 'abcd', 'hex');
w('encoding third', 'abcd', 1, 'hex');
w('offset and length', 'xyz', 1, 2, 'latin1');
w('length beyond the end', 'abcd', 2, 4);
w('empty encoding is utf8', 'xyz', 0, 1, '');
w('null encoding is utf8', 'xyz', 0, 1, null);
w('length too big', 'xyz', 1, 9);
w('offset too big', 'xyz', 5);
w('fractional offset', 'xyz', 1.5);
w('numeric string offset is an encoding', 'xyz', '1');
w('encoding then length', 'abcd', 'hex', 2);
w('null offset', 'xyz', null);
w('null length', 'xyz', 2, null);
w('unknown encoding before string check', 5, 0, 1, 'bogus');
w('non-string, hex', 5, 0, 1, 'hex');
w('non-string, utf8', 5);
w('ucs2 at odd room', 'abc', 1, 'ucs2');

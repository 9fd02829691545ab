'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('valueOf string', () => Buffer.from(new String('abc')));
t('valueOf buffer', () => Buffer.from({ valueOf() { return Buffer.from('xy'); } }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
t('toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
t('number', () => Buffer.from(5));
t('null', () => Buffer.from(null));
t('undefined', () => Buffer.from());
t('plain object', () => Buffer.from({}));
t('symbol', () => Buffer.from(Symbol('s')));
t('function', () => Buffer.from(function foo() {}));
t('boolean', () => Buffer.from(true));

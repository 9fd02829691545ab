'use strict';
// Node's errors for URL: ERR_INVALID_URL with input (and base), ERR_MISSING_ARGS, wrong receivers.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
attempt('relative', () => new URL('/path'));
attempt('bad base', () => new URL('x', 'also bad'));
attempt('bad host', () => new URL('http://exa mple.com'));
attempt('bad port', () => new URL('http://h:70000'));
attempt('no args', () => new URL());
attempt('symbol', () => new URL(Symbol('s')));
attempt('canParse()', () => URL.canParse());
attempt('parse()', () => URL.parse());
attempt('revokeObjectURL()', () => URL.revokeObjectURL());
attempt('revokeObjectURL(x)', () => URL.revokeObjectURL('blob:nodedata:x'));
attempt('href getter', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
attempt('toString', () => URL.prototype.toString.call({}));
attempt('toJSON', () => URL.prototype.toJSON.call([]));
try { new URL('nope'); } catch (e) { console.log(Object.keys(e), e instanceof TypeError, e.name); }

'use strict';
// urlToHttpOptions, domainToASCII/domainToUnicode, url.format(URL, options), the module's exports.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://a%20b:c@[::1]:99/p?q#h')));
console.log(url.urlToHttpOptions(new URL('http://x.com')));
class Extended extends URL { constructor(s) { super(s); this.agent = 'mine'; } }
console.log(url.urlToHttpOptions(new Extended('http://e/')));
for (const d of ['español.com', 'xn--espaol-zwa.com', 'EXAMPLE.com', 'xn--iñvalid.com', 'a..b', '💩.com', '[::1]', '1.2.3', 'ex ample', '']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
attempt('domainToASCII()', () => url.domainToASCII());
const u = new URL('http://user:pass@xn--ls8h.com/p?q=1#frag');
for (const options of [undefined, null, 0, {}, { fragment: false }, { unicode: true }, { search: false }, { auth: false }, { fragment: 0, unicode: 1, search: '', auth: null }]) {
  attempt(JSON.stringify(options), () => url.format(u, options));
}
attempt('string options', () => url.format(u, 'x'));
attempt('format(1)', () => url.format(1));
attempt('format(null)', () => url.format(null));
console.log(Object.keys(url));

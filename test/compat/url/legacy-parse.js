'use strict';
// url.parse: Node's lenient legacy parser, with its quirks.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const url = require('url');
const cases = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://WWW.EXAMPLE.COM/ÀÉ?q',
  '  http://x.com/ trailing  ',
  'http:\\\\evil.com\\foo?x\\y',
  '//not/a/host',
  '/just/a/path?x=1',
  'mailto:local@domain.com',
  'javascript:alert(1)',
  'http://a@b@c/d',
  'http://a@b?@c',
  'http://x.com:/',
  'http://[::1]:3000/x',
  'http://x.com/a b<c>d"e\'f{g}h|i^j`k',
  'file:///etc/passwd',
  'file://host/x',
  'xmpp:isaacschlueter@jabber.org',
  'http://x.com?q#h',
  'http://x.com#h?q',
  'HtTp://x',
  'http://ÉXAMPLE.com/',
  'http://☃.com',
  'git+ssh://git@github.com/npm/npm',
  's3://bucket/key',
  'http://host.com/path/to;params',
  '',
];
for (const c of cases) attempt(JSON.stringify(c), () => JSON.stringify(url.parse(c)));
console.log(url.parse('http://x.com/p?a=1&a=2&b=%20', true).query);
console.log(url.parse('/p', true));
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.parse('http://x') instanceof url.Url, url.parse(url.parse('http://y')).href);
attempt('number', () => url.parse(5));
attempt('bad idna', () => url.parse('http://xn--iñvalid.com/'));
attempt('bad ipv6', () => url.parse('http://[a%b]/'));

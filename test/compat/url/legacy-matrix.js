'use strict';
// url.parse / url.format / url.resolve / url.resolveObject over a grid of bases, references and objects:
// the legacy parser's quirks (opaque schemes, userinfo, backslashes, unsafe characters, dot segments).
process.noDeprecation = true;
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://u:p@h:8080/x/y/', 'mailto:a@b', 'mailto:u@h/x/y', 'foo/bar', '/abs/p', '',
  'file:///a/b', 'HTTP://X/Y', 'javascript:alert(1)', 'xmpp:u@h/r', 'http://h', 'http://[::1]:80/a', 'a', '//h/p',
  'git+ssh://git@github.com:u/r.git', 'http://h/a/b/..', 'x:y/z', 'http://a/b/c/./../d', 'ftp://u@h'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', '', '.', '..', '../..', '../../../g', 'g;x=1/../y',
  'http:g', 'https:g', 'mailto:x@y', 'c@d', '?subject=x', '../../baz', '//other/y', '/abs', '../c', 'x', 'http://h/x',
  'http:/b', '.././../x/', 'http://', 'file:x', 'file:///z', 'HTTP:g', 'mailto:', 'xmpp:q@r/s', '//u@h2', 'javascript:x',
  'a/./b/../c', '..//x', '/..', '/./', 'http:', 'https:///x', 'http:a/b@c/d',
  'g#h', '?', '#', 'mailto:../x', './',
  'a\\b', ' \t/sp ', 'http:../q', 'https:', 'x:../y', 'x:y', 'x:/y'];
for (const b of bases) for (const r of rels) {
  let out;
  try { out = url.resolve(b, r); } catch (e) { out = `ERR ${e.code}`; }
  let obj;
  try { obj = JSON.stringify(url.resolveObject(b, r)); } catch (e) { obj = `ERR ${e.code}`; }
  console.log(JSON.stringify([b, r, out, obj]));
}
const inputs = [...bases, ...rels, 'http://a@b@c/', 'http://a b@c/d', 'http://x:y:z/', 'http://EXAMPLE.com:/p',
  'http://ex ample.com/', 'http://xn--n3h.com/', 'http://☃.com/', 'http://[::1/', 'http://[::1]x/', 'http://a\\b\\c?d\\e',
  'http://h/p?q#f#g', 'http://h/p#f?q', 'https://h/{x}|y^`', "http://h/'\"<>", '  http://h/ ', 'http://h:65536/', 
  'http://%41/', 'http://h/%zz', 'HtTp://H/', 'http:h', 'http:/h', 'http:///h', 'x://y', 'x:/y', 'x:y@z', '//h',
  'http://a:b@c:1/d?e=f#g', 'http://' + 'a'.repeat(300) + '/', 'http://h?q', 'http://h#f', 'javascript://x/y',
  
  'http://[fe80::1%25eth0]/', 'http://h:8a/', 'wss://h', 'gopher:g', 'file:', 'file:/', 'file://', 'mailto:x y'];
for (const s of inputs) for (const [pq, sdh] of [[false, false], [true, false], [false, true], [true, true]]) {
  let out;
  try {
    const p = url.parse(s, pq, sdh);
    out = `${JSON.stringify(p)} ${url.format(p)} ${JSON.stringify(Object.keys(p))}`;
  } catch (e) {
    out = `ERR ${e.code} ${e.message}`;
  }
  console.log(JSON.stringify([s, pq, sdh]), out);
}
const objs = [{ protocol: 'http', host: 'h', pathname: 'p' }, { protocol: 'mailto', pathname: 'x@y' },
  { hostname: '::1', port: 8 }, { hostname: '[::1]', port: 8 }, { protocol: 'file', pathname: '/x' },
  { protocol: 'file:', host: '', pathname: 'x' }, { slashes: true, pathname: 'a' }, { query: { a: 1, b: [2, 3] } },
  { search: 'a#b', hash: 'c' }, { pathname: 'a?b#c' }, { auth: 'u:p@ x', host: 'h' }, { auth: 'u', hostname: 'h' },
  { protocol: 'FILE', hostname: '' }, { protocol: 'ws:', hostname: 'h', pathname: '', query: {} },
  { protocol: 'xmpp', host: 'h', slashes: false }, { search: '?x', query: { y: 1 } }, { query: 'str' }];
for (const o of objs) console.log(JSON.stringify(o), url.format(o));

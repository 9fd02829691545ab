'use strict';
// url.resolve and url.resolveObject over the classic relative-reference cases.
const url = require('url');
const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../..'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', 'g;x=1/../y'], ['http://a/b/c/d;p?q', 'http:g'],
  ['http://a/b/c/d;p?q', 'https:g'], ['http://a/b/c/d;p?q', 'mailto:x@y'], ['mailto:a@b', 'c@d'], ['mailto:a@b', '?subject=x'],
  ['foo/bar', '../../baz'], ['http://u:p@h/x', '//other/y'], ['http://u:p@h/x', '/abs'], ['file:///a/b', '../c'],
  ['http://h', 'x'], ['', 'http://h/x'], ['https://h/a', 'http:/b'], ['http://h/a/', '.././../x/'],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), JSON.stringify(url.resolve(from, to)));
console.log(url.resolveObject('http://a/b', 'c'));
console.log(url.resolveObject('', 'x'), url.parse('http://a/b').resolveObject('?q').href);

'use strict';
// path.matchesGlob: wildcards, classes, braces and sequences, extglobs, globstars, dotfiles, literal "!" and "#",
// backslashes, trailing slashes, win32's separators, argument validation.
const path = require('path');

const cases = [
  ['a/b/c.js', '**/*.js'], ['a/b/c.js', '*.js'], ['c.js', '*.js'], ['.c.js', '*.js'], ['.c.js', '.*'],
  ['a/.b/c.js', '**/*.js'], ['a/.b/c.js', 'a/.b/*.js'], ['a/.b/c.js', 'a/*/c.js'], ['a/b', 'a/**'], ['a', 'a/**'],
  ['a/b/', 'a/*'], ['a/b', 'a/*/'], ['abc', 'a?c'], ['a/c', 'a?c'], ['ab', '[a-c]b'], ['db', '[!a-c]b'],
  ['db', '[^a-c]b'], ['-b', '[a-]b'], ['.b', '[.]b'], ['x', '{x,y}'], ['y.js', '{x,y}.{js,ts}'],
  ['a/b/c', 'a/{b/c,d}'], ['a/d', 'a/{b/c,d}'], ['!a', '!a'], ['b', '!a'], ['a', '!a'], ['\\*', '*'],
  ['/abs/x', '/abs/*'], ['abs/x', '/abs/*'], ['foo.bar', '*.+(bar|baz)'], ['foo.barbaz', '*.+(bar|baz)'],
  ['foo.qux', '*.!(bar)'], ['foo.bar', '*.!(bar)'], ['foo.barx', '*.!(bar)'], ['foo', '@(foo|bar)'],
  ['foofoo', '@(foo|bar)'], ['', '?(x)'], ['x', '?(x)'], ['xx', '*(x)'], ['A', 'a'], ['a/b/c/d', 'a/**/d'],
  ['a/d', 'a/**/d'], ['a/./d', 'a/d'], ['a//d', 'a/d'], ['./a', 'a'], ['a', './a'], ['[abc]', '\\[abc\\]'],
  ['a/b', 'a\\b'], ['{a', '{a'], ['a,b', '{a,b}'], ['aXb', 'a{X,Y}b'], ['{1..3}', '{1..3}'], ['2', '{1..3}'],
  ['4', '{1..3}'], ['b', '{a..c}'], ['#a', '#a'], ['a*', 'a\\*'], ['a/x', 'a\\*'], ['abc', 'a*c'], ['ac', 'a*c'],
  ['a/b/c', 'a/*/c'], ['a/b/x/c', 'a/*/c'], ['a/b/c', 'a/b/../b/c'], ['x.test.ts', '**/*.test.ts'],
  ['src/x.test.ts', 'src/**/*.{test,spec}.ts'], ['a/b/c', '**'], ['.git/x', '**'], ['a/.git', '**'],
  ['a', '*'], ['.', '*'], ['..', '.*'], ['a/..', 'a/*'],
];
for (const [p, g] of cases) console.log(JSON.stringify(p), JSON.stringify(g), path.matchesGlob(p, g));
console.log(path.posix.matchesGlob('a/b', 'a/*'), path.win32.matchesGlob('a\\b', 'a/*'), path.win32.matchesGlob('A/b', 'a/*'),
  path.win32.matchesGlob('a\\b', 'a\\*'), path.posix.matchesGlob('a\\b', 'a/*'));
for (const args of [[1, 'a'], ['a', 1], ['a'], [null, null]]) {
  try {
    path.matchesGlob(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}

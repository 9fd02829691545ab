'use strict';
// URL.canParse, URL.parse, toJSON and toString, lengths, property shapes.
console.log(URL.canParse('https://x'), URL.canParse('x'), URL.canParse('x', 'https://b/'), URL.canParse('x', 'bad'));
console.log(URL.parse('x'), URL.parse('/p', 'http://h').href, URL.parse('http://h') instanceof URL);
const u = new URL('http://h/p?q#f');
console.log(JSON.stringify({ u }), String(u), `${u}`, u.toJSON() === u.href);
console.log(URL.length, URL.canParse.length, URL.parse.length, URL.name);
console.log(Object.prototype.toString.call(u), Object.keys(u), Object.keys(URL));
console.log(Object.entries(Object.getOwnPropertyDescriptors(URL.prototype)).map(([k, d]) => `${String(k)}:${d.enumerable}:${typeof d.get}:${typeof d.set}`).join(' '));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, typeof globalThis.URLSearchParams, URL === require('url').URL);
class MyURL extends URL { constructor(s) { super(s); this.extra = 1; } }
const mine = new MyURL('http://sub/');
console.log(mine instanceof URL, mine.href, mine.extra);

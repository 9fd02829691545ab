'use strict';
// append, delete (with value), get, getAll, has (with value), set, sort, size, toString, forEach.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const p = new URLSearchParams('a=1&b=2&a=3&c=4');
p.append('d', 'x y+z/é');
console.log(p.toString(), p.size);
p.delete('a', '3'); console.log(p.toString());
p.delete('zz'); p.delete('b'); console.log(p.toString());
console.log(p.get('a'), p.get('none'), p.getAll('a'), p.getAll('none'));
console.log(p.has('a'), p.has('a', '1'), p.has('a', '2'), p.has('none'), p.has('a', undefined));
p.set('a', 'new'); p.set('n', 'v'); console.log(p.toString());
const s = new URLSearchParams('z=1&b=2&a=3&b=1&\u00e9=x&A=y&a=0');
s.sort(); console.log(s.toString());
const seen = [];
new URLSearchParams('k1=v1&k2=v2').forEach(function (value, key, obj) { seen.push([value, key, obj instanceof URLSearchParams, this.tag]); }, { tag: 't' });
console.log(JSON.stringify(seen));
console.log(new URLSearchParams({ s: " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" }).toString());
attempt('get()', () => p.get());
attempt('append(a)', () => p.append('a'));
attempt('set(a)', () => p.set('a'));
attempt('delete()', () => p.delete());
attempt('has()', () => p.has());
attempt('getAll()', () => p.getAll());
attempt('forEach()', () => p.forEach());
attempt('forEach(1)', () => p.forEach(1));
attempt('wrong this', () => URLSearchParams.prototype.get.call({}, 'a'));
attempt('size wrong this', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
attempt('toString wrong this', () => URLSearchParams.prototype.toString.call([]));

// qs 6 unmodified: nested parsing and stringifying with most of its options, limits, charsets and custom
// encoders, plus its handling of prototype keys.
const qs = require('qs');

const show = (label, value) => console.log(label, JSON.stringify(value));

show('nested', qs.parse('a[b][c]=d&a[e]=f&list[]=1&list[]=2&x=1&x=2'));
show('indices', qs.parse('a[1]=b&a[0]=c&a[25]=z'));
show('arrayLimit', qs.parse('a[1]=b', { arrayLimit: 0 }));
show('parseArrays off', qs.parse('a[]=b&a[0]=c', { parseArrays: false }));
show('depth', qs.parse('a[b][c][d][e][f][g][h][i]=j', { depth: 2 }));
show('dots', qs.parse('a.b.c=d&e[f]=g', { allowDots: true }));
show('decodeDotInKeys', qs.parse('name%252Eobj.first=John', { decodeDotInKeys: true }));
show('comma', qs.parse('a=b,c&d=e', { comma: true }));
show('delimiter', [qs.parse('a=b;c=d', { delimiter: ';' }), qs.parse('a=b;c=d,e=f', { delimiter: /[;,]/ })]);
show('parameterLimit', qs.parse('a=1&b=2&c=3', { parameterLimit: 2 }));
show('ignoreQueryPrefix', qs.parse('?a=b&c=d', { ignoreQueryPrefix: true }));
show('strictNullHandling', qs.parse('a&b=', { strictNullHandling: true }));
show('duplicates', [qs.parse('a=1&a=2', { duplicates: 'first' }), qs.parse('a=1&a=2', { duplicates: 'last' })]);
show('allowEmptyArrays', qs.parse('foo[]&bar=baz', { allowEmptyArrays: true }));
show('charset', [qs.parse('a=%A7', { charset: 'iso-8859-1' }), qs.parse('utf8=%E2%9C%93&a=%C3%B8', { charsetSentinel: true }),
  qs.parse('utf8=%26%2310003%3B&a=%F8', { charsetSentinel: true, charset: 'utf-8' })]);
show('interpretNumericEntities', qs.parse('a=%26%239786%3B', { charset: 'iso-8859-1', interpretNumericEntities: true }));
show('plus and encoded', qs.parse('a=b+c&d=%20e%2Bf&g=%ZZ'));
show('decoder', qs.parse('a=1&b=x', { decoder: (s, dflt, cs, type) => (type === 'value' && /^\d+$/.test(s) ? Number(s) : dflt(s)) }));
const proto = qs.parse('__proto__[polluted]=1&constructor[prototype][bad]=2&hasOwnProperty=3');
show('prototype keys', [proto, ({}).polluted, Object.getPrototypeOf(proto) === Object.prototype]);
show('allowPrototypes', qs.parse('toString=1', { allowPrototypes: true }));
show('plainObjects', Object.getPrototypeOf(qs.parse('a=b', { plainObjects: true })));
try {
  qs.parse('a=1&b=2', { parameterLimit: 1, throwOnLimitExceeded: true });
} catch (e) {
  console.log('limit error', e.name, e.message);
}
try {
  qs.parse('a', { decoder: 'nope' });
} catch (e) {
  console.log('decoder error', e.name, e.message);
}

const data = { a: { b: { c: 'd' } }, list: ['x', 'y'], empty: '', n: null, u: undefined, date: new Date(Date.UTC(2020, 0, 2)),
  sp: 'a b&c=d/é' };
console.log('stringify', qs.stringify(data));
for (const arrayFormat of ['indices', 'brackets', 'repeat', 'comma']) {
  console.log('arrayFormat', arrayFormat, qs.stringify({ a: ['b', 'c'], o: [{ k: 1 }] }, { arrayFormat }));
}
console.log('encodeValuesOnly', qs.stringify({ a: ['x y'], 'b c': 'd' }, { encodeValuesOnly: true }));
console.log('encode false', qs.stringify({ a: { b: 'c d' } }, { encode: false }));
console.log('allowDots', qs.stringify({ a: { b: { c: 1 } } }, { allowDots: true }));
console.log('addQueryPrefix', qs.stringify({ a: 1, b: 2 }, { addQueryPrefix: true, delimiter: ';' }));
console.log('strictNullHandling', qs.stringify({ a: null, b: '' }, { strictNullHandling: true }));
console.log('skipNulls', qs.stringify({ a: null, b: 'x' }, { skipNulls: true }));
console.log('sort', qs.stringify({ z: 1, a: 2, m: 3 }, { sort: (a, b) => a.localeCompare(b) }));
console.log('filter', qs.stringify({ a: 1, b: 2, c: { d: 3 } }, { filter: ['a', 'c', 'd'] }));
console.log('filter fn', qs.stringify({ a: 'x', when: new Date(0) }, { filter: (k, v) => (v instanceof Date ? v.getTime() : v) }));
console.log('serializeDate', qs.stringify({ d: new Date(7) }, { serializeDate: (d) => `t${d.getTime()}` }));
console.log('format RFC1738', qs.stringify({ a: 'b c' }, { format: 'RFC1738' }), qs.formats.RFC3986);
console.log('charset latin1', qs.stringify({ a: 'æ', b: '☺' }, { charset: 'iso-8859-1', charsetSentinel: true }));
console.log('encoder', qs.stringify({ a: 'b' }, { encoder: (s, dflt, cs, type) => (type === 'key' ? s.toUpperCase() : dflt(s)) }));
console.log('round trip', JSON.stringify(qs.parse(qs.stringify({ deep: { list: [{ x: '1' }, { y: ['2', '3'] }] } }))));
const cyclic = { a: {} };
cyclic.a.self = cyclic;
try {
  qs.stringify(cyclic);
} catch (e) {
  console.log('cyclic', e.name, e.message);
}

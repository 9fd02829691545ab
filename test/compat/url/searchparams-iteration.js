'use strict';
// Iterators follow the live list; their prototype, tag and errors.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const p = new URLSearchParams('a=1&b=2&c=3');
console.log([...p], [...p.keys()], [...p.values()], [...p.entries()]);
console.log(p[Symbol.iterator] === p.entries, Object.prototype.toString.call(p.keys()));
const it = p.keys();
console.log(it.next());
p.delete('a');
console.log(it.next(), it.next(), it.next());
const live = p.values();
p.append('d', '4');
console.log([...live]);
const proto = Object.getPrototypeOf(p.keys());
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag], Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
attempt('next wrong this', () => proto.next.call({}));
for (const [k, v] of new URLSearchParams('x=1&y=2')) console.log(k, v);
console.log(Object.entries(Object.getOwnPropertyDescriptors(URLSearchParams.prototype)).map(([k, d]) => `${String(k)}:${d.enumerable}`).join(' '));
console.log(URLSearchParams.length, URLSearchParams.prototype.has.length, URLSearchParams.prototype.delete.length, URLSearchParams.prototype.append.length);

const util = require('util');
const c = new CustomEvent('c', { detail: { a: 1 } });
console.log(c.type, c.detail, c instanceof Event, Object.keys(c));
console.log(new CustomEvent('d').detail, new CustomEvent('d', { detail: 0 }).detail, new CustomEvent('d', {}).detail);
console.log(Object.getOwnPropertyNames(CustomEvent.prototype), Object.prototype.toString.call(c));
console.log(util.inspect(c, { depth: -1 }), util.inspect([c], { depth: 0 }));
const t = new EventTarget();
t.addEventListener('c', (ev) => console.log('got', ev.detail, ev === c, ev.target === t));
t.dispatchEvent(c);

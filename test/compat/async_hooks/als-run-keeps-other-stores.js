// AsyncLocalStorage.run puts back only its own store: what the callback entered into other storages stays
// (Node 24's frame semantics), also when the callback throws; continuations keep the frame of their creation.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage(), b = new AsyncLocalStorage();
a.run(1, () => { b.enterWith(2); console.log('inside', a.getStore(), b.getStore()); });
console.log('after run', a.getStore(), b.getStore());
a.enterWith('outer');
a.run('inner', () => { a.enterWith('entered-inside'); console.log('inside2', a.getStore()); });
console.log('after run2', a.getStore());
try { a.run('x', () => { b.enterWith(3); throw new Error('boom'); }); } catch (e) { console.log('threw', a.getStore(), b.getStore()); }
setTimeout(() => console.log('timer sees', a.getStore(), b.getStore()), 1);
Promise.resolve().then(() => console.log('promise sees', a.getStore(), b.getStore()));
a.run('r', () => { setTimeout(() => console.log('timer in run', a.getStore(), b.getStore()), 2); b.enterWith(4); });
console.log('end', a.getStore(), b.getStore());

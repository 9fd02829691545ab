// A channel nobody subscribed to: its prototype's members (names, arities, order), what its methods do
// while idle, a rejected subscribe() that leaves it idle, and the switch to active and back.
const dc=require('diagnostics_channel');
const P = dc.Channel.prototype;
for (const k of Object.getOwnPropertyNames(P)) { const d=Object.getOwnPropertyDescriptor(P,k); const f=d.value||d.get; console.log(k, typeof f, f.name, f.length, d.enumerable); }
const c=dc.channel('y'); try { c.subscribe(1) } catch (e) { console.log(e.code) } console.log(c.hasSubscribers, c.constructor.name);
console.log(c.unsubscribe(()=>{}), c.unbindStore({}), c.runStores(1, function(a,b){ return [this, a, b] }, 't', 2, 3), c.publish(5));
const fn = () => {};
c.subscribe(fn);
console.log(c.hasSubscribers, c.constructor.name, c instanceof dc.Channel, c.subscribe(() => {}), c.bindStore(new (require('async_hooks').AsyncLocalStorage)()));
console.log(c.unsubscribe(fn), c.unsubscribe(fn), c.hasSubscribers);
const d = dc.channel('z');
const { AsyncLocalStorage } = require('async_hooks');
const store = new AsyncLocalStorage();
console.log(d.bindStore(store, (m) => ({ wrapped: m })), d.hasSubscribers, d.constructor.name);
console.log(d.runStores('msg', () => store.getStore()), d.unbindStore(store), d.unbindStore(store), d.constructor.name);

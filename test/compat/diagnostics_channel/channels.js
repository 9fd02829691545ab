// diagnostics_channel: channels by name, subscribers, publish, errors of subscribers, inspect.
const dc = require('node:diagnostics_channel');

console.log(Object.keys(dc));
const ch = dc.channel('jnode:test');
console.log(ch, ch === dc.channel('jnode:test'), ch instanceof dc.Channel, ch.hasSubscribers);
console.log(dc.hasSubscribers('jnode:test'), dc.hasSubscribers('never-made'));
const received = [];
const onMessage = (message, name) => received.push([message, name]);
dc.subscribe('jnode:test', onMessage);
console.log(ch, ch instanceof dc.Channel, ch.hasSubscribers, dc.hasSubscribers('jnode:test'));
ch.publish({ n: 1 });
console.log(received);
console.log(dc.unsubscribe('jnode:test', onMessage), dc.unsubscribe('jnode:test', onMessage), ch.hasSubscribers);
ch.publish({ n: 2 });
console.log(received.length);

const sym = Symbol('sym-channel');
dc.channel(sym).subscribe((m, name) => console.log('symbol channel', m, name === sym));
dc.channel(sym).publish('hi');

// A subscriber that throws does not stop the others; its error is uncaught afterwards.
const loud = dc.channel('loud');
loud.subscribe(() => { throw new Error('subscriber failed'); });
loud.subscribe((m) => console.log('second subscriber got', m));
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
loud.publish('msg');
console.log('publish returned');

// Unsubscribing during publish does not disturb the publish in progress.
const self = dc.channel('self');
const first = () => { console.log('first'); self.unsubscribe(first); };
self.subscribe(first);
self.subscribe(() => console.log('second'));
self.publish();
self.publish();

for (const bad of [1, null, {}]) {
  try {
    dc.channel(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  ch.subscribe('nope');
} catch (err) {
  console.log(err.code, err.message);
}

// BroadcastChannel within one thread: the name is converted to a string, every other channel of that name receives
// (in creation order), addEventListener and onmessage together, cloning of the data per receiver, ref/unref,
// close() stopping delivery, and errors for a missing name and for posting after close.
const { BroadcastChannel } = require('node:worker_threads');

const a = new BroadcastChannel(7);
const b = new BroadcastChannel('7');
const c = new BroadcastChannel('7');
const other = new BroadcastChannel('8');
console.log('names', a.name, typeof a.name, b.name);
const log = [];
let onLog = () => {};
const push = (line) => {
  log.push(line);
  onLog();
};
const payload = { list: [1, 2], map: new Map([['k', 'v']]) };
b.onmessage = (e) => {
  if (typeof e.data === 'string') return push(`b onmessage ${e.data}`);
  push(`b onmessage ${e.data.list} same object ${e.data === payload}`);
  e.data.list.push('changed by b');
};
b.addEventListener('message', (e) => push(`b listener ${typeof e.data === 'string' ? e.data : e.data.list}`));
c.onmessage = (e) => push(`c ${e.data.list} ${e.data.map.get('k')} origin=${JSON.stringify(e.origin)} source=${e.source}`);
other.onmessage = () => push('other should not get it');
a.onmessage = () => push('a should not get its own');
onLog = () => {
  if (log.length < 3) return;
  console.log(log.join('\n'));
  c.close();
  onLog = () => {
    if (!log[log.length - 1].endsWith('listener sentinel')) return;
    onLog = () => {};
    console.log('last', log.slice(3).join(' | '));
    finish();
  };
  a.postMessage('after c closed');
  a.postMessage('sentinel');
};
a.postMessage(payload);
console.log('unref returns', a.unref() === a, 'ref returns', a.ref() === a);

function finish() {
  try {
    c.postMessage('x');
  } catch (e) {
    console.log('closed post', e.name, e.code, e.message);
  }
  try {
    new BroadcastChannel();
  } catch (e) {
    console.log('no name', e.name, e.code, e.message);
  }
  try {
    a.postMessage(() => {});
  } catch (e) {
    console.log('uncloneable', e.name, e.message);
  }
  for (const ch of [a, b, other]) ch.close();
  c.close();
  console.log('closed twice is fine');
}

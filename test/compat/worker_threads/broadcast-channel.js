// BroadcastChannel (also a global) within a thread and across threads, closed channels, and environment data a
// worker inherits from its parent.
const { BroadcastChannel, Worker, isMainThread, setEnvironmentData, getEnvironmentData } = require('worker_threads');
console.log(typeof globalThis.BroadcastChannel, BroadcastChannel === globalThis.BroadcastChannel);
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
console.log(a.name, String(a), Object.getPrototypeOf(BroadcastChannel.prototype) === EventTarget.prototype);
b.onmessage = (e) => { console.log('b got', e.constructor.name, e.data); b.close(); a.close(); c.close(); worker(); };
c.onmessage = () => console.log('c should not get');
a.onmessage = () => console.log('a should not get its own');
a.postMessage({ hello: 'world' });
function worker() {
  try { a.postMessage(1); } catch (e) { console.log(e.name, e.message); }
  setEnvironmentData('key', { v: 1 });
  const bc = new BroadcastChannel('to-worker');
  const w = new Worker(`
    const { BroadcastChannel, getEnvironmentData } = require('worker_threads');
    const bc = new BroadcastChannel('to-worker');
    // reported through the channel: the worker's stdout reaches the main thread on a path of its own
    bc.postMessage('env data ' + JSON.stringify(getEnvironmentData('key')));
    bc.onmessage = (e) => { bc.postMessage('pong ' + e.data); bc.close(); };
    bc.postMessage('ready');
  `, { eval: true });
  bc.onmessage = (e) => {
    console.log('main got', e.data);
    if (e.data === 'ready') bc.postMessage('ping');
    else if (e.data.startsWith('pong')) bc.close();
  };
  w.on('exit', (code) => console.log('exit', code));
}

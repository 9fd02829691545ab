// SharedArrayBuffer shared by the main thread and two workers: Atomics.add from both reaches one total,
// compareExchange hands out distinct slots, a worker blocks in Atomics.wait until the main thread notifies,
// Atomics.waitAsync in the main thread, and a growable SharedArrayBuffer grown by a worker is seen grown.
const { Worker } = require('node:worker_threads');

const sab = new SharedArrayBuffer(64);
const ints = new Int32Array(sab);
// ints[0]: counter, ints[1]: next slot, ints[2..5]: slots, ints[6]: go flag, ints[7]: finished workers
const code = `
  const { workerData: { sab, id, growable } } = require('node:worker_threads');
  const ints = new Int32Array(sab);
  for (let i = 0; i < 5000; i++) Atomics.add(ints, 0, 1);
  for (let k = 0; k < 2; k++) {
    let slot;
    do { slot = Atomics.load(ints, 1); } while (Atomics.compareExchange(ints, 1, slot, slot + 1) !== slot);
    Atomics.store(ints, 2 + slot, id);
  }
  const r = Atomics.wait(ints, 6, 0, 20000);
  if (id === 1) growable.grow(32);
  Atomics.add(ints, 7, 1);
  Atomics.notify(ints, 7);
  require('node:worker_threads').parentPort.postMessage({ id, waitResult: r === 'ok' || r === 'not-equal', go: Atomics.load(ints, 6) });
`;
const growable = new SharedArrayBuffer(8, { maxByteLength: 64 });
console.log('growable', growable.growable, growable.byteLength, growable.maxByteLength);
const workers = [1, 2].map((id) => new Worker(code, { eval: true, workerData: { sab, id, growable } }));
const messages = [];
let exits = 0;
let allExited;
const exited = new Promise((resolve) => { allExited = resolve; });
for (const w of workers) {
  w.on('message', (m) => messages.push(m));
  w.on('exit', (code) => {
    if (++exits === 2) allExited(code);
  });
}
// Wait (without blocking) until all four slots are taken and filled, then release both workers: a worker
// stores its id just after winning the slot, so the count alone may run ahead of the owners.
const poll = setInterval(() => {
  if (Atomics.load(ints, 1) < 4 || [2, 3, 4, 5].some((i) => Atomics.load(ints, i) === 0)) return;
  clearInterval(poll);
  console.log('counter', Atomics.load(ints, 0), 'slots taken', Atomics.load(ints, 1),
    'slot owners', [...ints.slice(2, 6)].sort().join(','));
  Atomics.store(ints, 6, 1);
  console.log('notify woke at most', Atomics.notify(ints, 6) <= 2);
  waitAsync();
}, 5);

async function waitAsync() {
  while (Atomics.load(ints, 7) < 2) {
    const w = Atomics.waitAsync(ints, 7, Atomics.load(ints, 7), 20000);
    if (w.async) await w.value;
  }
  console.log('both finished', Atomics.load(ints, 7), 'growable now', growable.byteLength);
  const quick = Atomics.waitAsync(ints, 7, 99);
  console.log('waitAsync on a different value', quick.async, quick.value);
  console.log('exits', await exited, messages.sort((a, b) => a.id - b.id));
  const timed = Atomics.waitAsync(ints, 7, 2, 10);
  const keep = setTimeout(() => {}, 1000);
  console.log('waitAsync timed', timed.async, await timed.value);
  clearTimeout(keep);
}

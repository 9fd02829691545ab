'use strict';
// Child processes. Usage: <runtime> bench.js. Prints one JSON line per measurement (median of 5 rounds):
//   execFileSync:  ms per execFileSync('true') (200 in a row per round)
//   spawn + exit:  ms per spawn('true') awaited to its 'close' (100 in a row per round)
//   fork message:  ms for fork() of a child that answers one IPC message, to its exit (5 per round)
const { execFileSync, spawn, fork } = require('child_process');

const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const now = () => Number(process.hrtime.bigint()) / 1e6;
const emit = (name, value) => console.log(JSON.stringify({ name, value }));

if (process.argv[2] === 'child') {
  process.once('message', (m) => process.send(m));
  return;
}

async function measure(name, count, work) {
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const start = now();
    for (let i = 0; i < count; i++) await work();
    rounds.push((now() - start) / count);
  }
  emit(name, median(rounds));
}

const closed = (child) => new Promise((resolve) => child.on('close', resolve));

(async () => {
  await measure('execFileSync (ms)', 200, () => execFileSync('true'));
  await measure('spawn + exit (ms)', 100, () => closed(spawn('true')));
  await measure('fork message (ms)', 5, async () => {
    const child = fork(__filename, ['child']);
    child.send('ping');
    await new Promise((resolve) => child.once('message', resolve));
    await closed(child);
  });
})();

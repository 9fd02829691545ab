// How a worker ends and the code its 'exit' event and terminate() report: natural end, process.exit(n),
// process.exitCode, an uncaught error, an unhandled rejection, terminate() while busy, and the worker's own
// process 'exit' listeners; a message posted after exit is dropped quietly.
const { Worker } = require('node:worker_threads');

const cases = [
  ['natural end', 'const x = 1;'],
  ['process.exit(7)', 'process.on("exit", (c) => require("worker_threads").parentPort.postMessage("exit listener " + c)); process.exit(7);'],
  ['exitCode 3, listener 9', 'process.exitCode = 3; process.on("exit", (c) => { require("worker_threads").parentPort.postMessage("listener saw " + c); process.exitCode = 9; });'],
  ['uncaught', 'setTimeout(() => { throw new Error("late boom"); }, 10);'],
  ['unhandled rejection', 'Promise.reject(new TypeError("rejected in worker"));'],
  ['terminate', 'require("worker_threads").parentPort.postMessage("busy"); while (true) {}'],
];
const results = {};
let pending = cases.length;
for (const [label, code] of cases) {
  const w = new Worker(code, { eval: true });
  const seen = [];
  w.on('message', async (m) => {
    seen.push(`message ${m}`);
    if (m === 'busy') seen.push(`terminate() resolved ${await w.terminate()}`);
  });
  w.on('error', (e) => seen.push(`error ${e.constructor.name}: ${e.message}`));
  w.on('exit', (code) => {
    seen.push(`exit ${code}`);
    results[label] = seen;
    w.postMessage('after exit');
    if (--pending === 0) report();
  });
}
function report() {
  setTimeout(() => {
    for (const [label] of cases) console.log(label.padEnd(26), results[label].join(" | "));
  }, 20);
}

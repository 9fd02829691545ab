'use strict';
// Worker threads. Usage: <runtime> bench.js
// Prints one JSON line per measurement:
//   start:      ms from new Worker() to its first message, for 5 workers in a row (median; the first separately)
//   round trip: µs per message round trip (main -> worker -> main), median of 5 rounds of 1,000
//   throughput: messages per second one way (100,000 small objects, worker counts and acknowledges the last)
//   cpu split:  a CPU-bound job (counting primes below 3,000,000) on the main thread, then split over 2 workers;
//               speedup = single / split
const { Worker } = require('worker_threads');

const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const now = () => Number(process.hrtime.bigint()) / 1e6;
const emit = (name, value, extra = {}) => console.log(JSON.stringify({ name, value, ...extra }));

function countPrimes(from, to) {
  let count = 0;
  for (let n = Math.max(from, 2); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
    if (prime) count++;
  }
  return count;
}

const workerCode = `
  const { parentPort } = require('worker_threads');
  ${countPrimes}
  let received = 0;
  parentPort.on('message', (m) => {
    if (m.echo !== undefined) parentPort.postMessage(m);
    else if (m.count !== undefined) { if (++received === m.total) { received = 0; parentPort.postMessage('done'); } }
    else if (m.primes) parentPort.postMessage(countPrimes(m.primes[0], m.primes[1]));
  });
  parentPort.postMessage('ready');
`;

function startWorker() {
  const started = now();
  const worker = new Worker(workerCode, { eval: true });
  return new Promise((resolve) => worker.once('message', () => resolve({ worker, ms: now() - started })));
}

function request(worker, message) {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(message);
  });
}

async function main() {
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const { worker, ms } = await startWorker();
    starts.push(ms);
    await worker.terminate();
  }
  emit('start (ms)', median(starts.slice(1)), { first: starts[0] });

  const { worker } = await startWorker();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const t = now();
    for (let i = 0; i < 1000; i++) await request(worker, { echo: i });
    rounds.push(((now() - t) * 1000) / 1000);
  }
  emit('round trip (µs)', median(rounds));

  const total = 100000;
  const t = now();
  const done = new Promise((resolve) => worker.once('message', resolve));
  for (let i = 0; i < total; i++) worker.postMessage({ count: i, total });
  await done;
  emit('throughput (msg/s)', Math.round(total / ((now() - t) / 1000)));

  const limit = 3000000;
  countPrimes(0, 200000); // warm up both paths a little
  await request(worker, { primes: [0, 200000] });
  const single = now();
  countPrimes(0, limit);
  const singleMs = now() - single;
  const second = (await startWorker()).worker;
  await request(second, { primes: [0, 200000] });
  const split = now();
  // The two halves are not equal work (larger numbers cost more); 0.55 balances them roughly.
  const cut = Math.round(limit * 0.55);
  await Promise.all([request(worker, { primes: [0, cut] }), request(second, { primes: [cut, limit] })]);
  const splitMs = now() - split;
  emit('cpu split (speedup)', singleMs / splitMs, { singleMs, splitMs });
  await worker.terminate();
  await second.terminate();
}

main();

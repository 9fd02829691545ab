// Messages posted to a worker before it runs, and before it attaches its parentPort listener, wait and arrive in
// order; a worker's burst of 3000 messages and a 4 MB typed array copy arrive intact; worker.unref()/ref() and
// parentPort.close() letting the worker end.
const { Worker } = require('node:worker_threads');

const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  setTimeout(() => {
    const got = [];
    parentPort.on('message', (m) => {
      if (m === 'end') {
        parentPort.postMessage({ got: got.length, inOrder: got.every((v, i) => v === i) });
        for (let i = 0; i < 3000; i++) parentPort.postMessage(i);
        const big = new Float64Array(512 * 1024).map((_, i) => i / 2);
        parentPort.postMessage(big);
        parentPort.postMessage({ bigStill: big.length });
        parentPort.close();
        return;
      }
      got.push(m);
    });
  }, 200);
`, { eval: true });
console.log('ref/unref return', w.unref(), w.ref());
for (let i = 0; i < 500; i++) w.postMessage(i);
w.postMessage('end');
let count = 0;
let inOrder = true;
w.on('message', (m) => {
  if (typeof m === 'number') {
    if (m !== count) inOrder = false;
    count++;
  } else if (m instanceof Float64Array) {
    console.log('big copy', m.length, m[m.length - 1], m.buffer.byteLength);
  } else {
    console.log('worker says', m);
  }
});
w.on('exit', (code) => {
  console.log('burst', count, inOrder, 'exit', code);
});

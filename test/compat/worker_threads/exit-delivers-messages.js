// What a worker posted before it ended still arrives, in order and before 'exit': after process.exit(n) (also from
// inside a message handler), after an uncaught error (its messages, then 'error', then 'exit' 1) and at a natural
// end with process.exitCode set; console output written before the end is not lost either.
const { Worker } = require('node:worker_threads');

function run(label, body, options = {}) {
  return new Promise((resolve) => {
    const worker = new Worker(body, { eval: true, stdout: true, ...options });
    const events = [];
    let count = 0;
    let sum = 0;
    let out = '';
    worker.stdout.setEncoding('utf8');
    worker.stdout.on('data', (chunk) => { out += chunk; });
    worker.on('message', (m) => {
      if (typeof m === 'number') {
        count++;
        if (m !== count) events.push(`out of order: ${m} at ${count}`);
        sum += m;
      } else {
        events.push(`message ${JSON.stringify(m)}`);
        if (m === 'waiting') worker.postMessage('stop');
      }
    });
    worker.on('error', (e) => events.push(`error ${e.message} (after ${count} numbers)`));
    worker.on('exit', (code) => {
      events.push(`exit ${code} (after ${count} numbers, sum ${sum})`);
      worker.stdout.on('end', () => {
        const lines = out.split('\n').filter(Boolean);
        console.log(label);
        for (const e of events) console.log('  ', e);
        console.log('   stdout lines', lines.length, lines[0], lines[lines.length - 1]);
        resolve();
      });
    });
  });
}

(async () => {
  await run('process.exit(7)', `
    const { parentPort } = require('node:worker_threads');
    for (let i = 1; i <= 500; i++) parentPort.postMessage(i);
    parentPort.postMessage('last');
    for (let i = 1; i <= 50; i++) console.log('line', i);
    process.exit(7);
  `);
  await run('exit inside a handler', `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (m) => {
      for (let i = 1; i <= 200; i++) parentPort.postMessage(i);
      parentPort.postMessage('got ' + m);
      console.log('handler ran');
      process.exit(0);
    });
    parentPort.postMessage('waiting');
  `);
  await run('uncaught error', `
    const { parentPort } = require('node:worker_threads');
    for (let i = 1; i <= 300; i++) parentPort.postMessage(i);
    console.log('about to throw');
    throw new Error('failed after posting');
  `);
  await run('exitCode and natural end', `
    const { parentPort } = require('node:worker_threads');
    process.exitCode = 4;
    setImmediate(() => {
      for (let i = 1; i <= 100; i++) parentPort.postMessage(i);
      console.log('immediate done');
    });
  `);
})();

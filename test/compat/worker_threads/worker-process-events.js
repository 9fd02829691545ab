// process events inside a worker: 'beforeExit' (again after it schedules more work) and 'exit' with the code,
// 'uncaughtException' listeners that keep the worker alive (with the origin), 'unhandledRejection' with its promise,
// setUncaughtExceptionCaptureCallback, and an error thrown by an 'uncaughtException' listener ending the worker
// ('error' then 'exit' 1). Each worker's output is captured and shown after its 'exit'.
const { Worker } = require('node:worker_threads');

const scenarios = {
  'beforeExit and exit': `
    // Logging makes more work for a worker (its output is a message), so what happens is posted at the end.
    const seen = [];
    let rounds = 0;
    process.on('beforeExit', (code) => {
      rounds++;
      if (rounds > 3) return;
      seen.push('beforeExit ' + code + ' round ' + rounds);
      if (rounds < 3) {
        setImmediate(() => seen.push('more work ' + rounds));
      } else {
        process.exitCode = 6;
        require('node:worker_threads').parentPort.postMessage(seen);
      }
    });
  `,
  'uncaughtException keeps it alive': `
    process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
    process.on('exit', (code) => console.log('exit listener', code));
    setTimeout(() => {
      setTimeout(() => console.log('still running'), 1);
      throw new Error('second');
    }, 1);
    throw new Error('first');
  `,
  'unhandledRejection': `
    process.on('unhandledRejection', (reason, promise) => {
      console.log('unhandled', reason.message, promise instanceof Promise);
    });
    process.on('exit', (code) => console.log('exit listener', code));
    Promise.reject(new Error('nobody waits'));
  `,
  'capture callback': `
    console.log('has callback', process.hasUncaughtExceptionCaptureCallback());
    process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
    console.log('has callback', process.hasUncaughtExceptionCaptureCallback());
    process.on('uncaughtException', () => console.log('listener not used'));
    setTimeout(() => console.log('after capture'), 1);
    throw new Error('to the callback');
  `,
  'listener throws': `
    process.on('uncaughtException', (err) => {
      console.log('listener got', err.message);
      throw new Error('thrown by the listener');
    });
    throw new Error('original');
  `,
};

(async () => {
  for (const [label, body] of Object.entries(scenarios)) {
    await new Promise((resolve) => {
      const worker = new Worker(body, { eval: true, stdout: true });
      let out = '';
      worker.stdout.setEncoding('utf8');
      worker.stdout.on('data', (chunk) => { out += chunk; });
      const events = [];
      worker.on('message', (m) => events.push(`message ${JSON.stringify(m)}`));
      worker.on('error', (err) => events.push(`'error' ${err.message}`));
      worker.on('exit', (code) => {
        events.push(`'exit' ${code}`);
        worker.stdout.on('end', () => {
          console.log(`${label}:`);
          for (const line of out.split('\n').filter(Boolean)) console.log('  worker:', line);
          console.log('  parent:', events.join(', '));
          resolve();
        });
      });
    });
  }
})();

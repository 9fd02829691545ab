// terminate(): its promise gives the exit code (1 when stopped, the worker's own code when it had already ended,
// undefined for a second call after exit), 'exit' fires once, and postMessage after the end is ignored.
const { Worker } = require('node:worker_threads');

async function main() {
  const busy = new Worker('while (true) {}', { eval: true });
  await new Promise((resolve) => busy.once('online', resolve));
  let exits = 0;
  busy.on('exit', (code) => { exits++; console.log('busy exit event', code); });
  console.log('terminate busy ->', await busy.terminate());
  console.log('terminate again ->', await busy.terminate());
  busy.postMessage('ignored');
  console.log('exit events:', exits, 'threadId after exit:', busy.threadId);

  const done = new Worker('process.exitCode = 3', { eval: true });
  const code = await new Promise((resolve) => done.once('exit', resolve));
  console.log('ended by itself with', code, '; terminate ->', await done.terminate());
}
main();

// terminate() stops a worker even in the middle of an endless loop (exit code 1, the promise gives it); an unref'd
// worker does not keep the process alive; stdout: true gives the parent the worker's output as a stream.
const { Worker } = require('worker_threads');

const busy = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
busy.once('message', async (m) => {
  console.log(m);
  const code = await busy.terminate();
  console.log('terminated with', code);
  console.log('again', await busy.terminate());
  piped();
});
busy.on('exit', (code) => console.log('exit event', code));

function piped() {
  const w = new Worker('console.log("line one"); process.stdout.write("line two\\n")', { eval: true, stdout: true });
  let text = '';
  w.stdout.setEncoding('utf8');
  w.stdout.on('data', (chunk) => { text += chunk; });
  w.stdout.on('end', () => console.log('captured', JSON.stringify(text)));
  w.on('exit', (code) => {
    console.log('piped exit', code);
    const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
    idle.unref();
    process.on('exit', () => console.log('main exits with an unref\'d worker running'));
  });
}

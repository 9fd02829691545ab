// A worker's uncaught error keeps its own properties (code, custom fields) on the way to the parent; a thrown
// primitive arrives as itself; process._fatalException says whether a listener took the error.
const { Worker } = require('worker_threads');

const w = new Worker(`
  const e = new TypeError('coded');
  e.code = 'ERR_SOMETHING';
  e.details = { n: 1 };
  e.callback = () => {};
  throw e;
`, { eval: true });
w.on('error', (e) => {
  console.log(e.name, e.message, e.code, e.details, 'callback' in e);
  const p = new Worker('throw 42', { eval: true });
  p.on('error', (value) => console.log('primitive', value));
  p.on('exit', (code) => {
    console.log('exit', code);
    process.once('uncaughtException', (err) => console.log('listener got', err.message));
    console.log('handled:', process._fatalException(new Error('by hand')));
  });
});

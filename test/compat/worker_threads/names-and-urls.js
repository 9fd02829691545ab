// threadName in both threads (and null once a worker ended), Node's key order, URL entry points (file: URLs, data:
// URLs as ES modules, other schemes refused), and --require in a worker's execArgv.
const wt = require('worker_threads');
const { Worker } = wt;
console.log(JSON.stringify(wt.threadName), Object.keys(wt).filter((k) => k !== 'locks').join());
for (const bad of ['data:text/javascript,', 'file:///x.js']) {
  try { new Worker(bad); } catch (e) { console.log(e.code, e.message); }
}
try { new Worker(new URL('https://example.com/x.js')); } catch (e) { console.log(e.code, e.message); }

const named = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").threadName)',
  { eval: true, name: 'my-worker' });
console.log('running as', named.threadName);
named.on('message', (name) => console.log('inside', name));
named.on('exit', () => {
  console.log('after exit', named.threadName);
  const data = new Worker(new URL('data:text/javascript,import { parentPort } from "worker_threads"; parentPort.postMessage({ fromDataUrl: typeof require })'));
  data.on('message', (m) => console.log(m));
  data.on('exit', (code) => {
    console.log('data exit', code);
    const fromUrl = new Worker(new URL(`file://${__dirname}/fixtures/hello-worker.js`), { execArgv: ['--require', `${__dirname}/fixtures/preload-banner.js`] });
    fromUrl.on('exit', (c) => console.log('file URL exit', c));
  });
});

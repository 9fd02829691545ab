// Workers made from a string with eval: true: CommonJS code sees require, module, exports, __filename and __dirname
// under the name '[worker eval]' (not the builtin modules as globals, as -e code does), argv after that name;
// code with import/export runs as an ES module named like -e's ('[eval1]'); `arguments` does not exist at the top.
const { Worker } = require('node:worker_threads');

const sources = [
  ['commonjs', `
    const { parentPort } = require('node:worker_threads');
    parentPort.postMessage({
      types: [typeof require, typeof module, typeof exports, typeof require.resolve],
      names: [__filename, __dirname, module.id, require('node:path').basename(module.filename)],
      main: require.main === module,
      builtinGlobals: [typeof fs, typeof os, typeof path],
      argv: process.argv.slice(1),
      exportsIsThis: this === module.exports,
    });`],
  ['module', `
    import { parentPort } from 'node:worker_threads';
    parentPort.postMessage({
      types: [typeof require, typeof module, typeof __filename, typeof this, typeof fs],
      url: import.meta.url.slice(import.meta.url.lastIndexOf('/') + 1),
      argv: process.argv.slice(1),
    });`],
  ['top-level arguments', 'require("node:worker_threads").parentPort.postMessage(arguments.length)'],
  ['top-level throw', 'throw new RangeError("thrown at the top")'],
];

function run([label, code]) {
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, argv: ['a', 1] });
    worker.on('message', (m) => console.log(label, 'message', m));
    worker.on('error', (e) => console.log(label, 'error', e.name, e.message));
    worker.on('exit', (c) => {
      console.log(label, 'exit', c);
      resolve();
    });
  });
}

(async () => {
  for (const source of sources) await run(source);
})();

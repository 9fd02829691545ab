// Top-level await in a REPL fed one line at a time (the next line waits for the prompt): awaited
// expressions, timers, rejections with non-errors, async results, thenables and await as a plain name.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let text = '';
const server = repl.start({ prompt: '> ', input, output, terminal: false });
const lines = [
  'await Promise.resolve(21)',
  'await new Promise((resolve) => setTimeout(() => resolve("after a timer"), 20))',
  'await Promise.all([1, Promise.resolve(2), new Promise((r) => setImmediate(() => r(3)))])',
  'await Promise.reject(7)',
  'await Promise.reject("text")',
  'async function later() { return "async fn" }',
  'await later()',
  '_',
  'typeof await',
  'await null',
  'await { then(resolve) { resolve("thenable") } }',
];
let next = 0;
output.on('data', (d) => {
  text += d;
  if (text.endsWith('> ')) {
    if (next < lines.length) {
      input.write(lines[next++] + '\n');
    } else {
      server.close();
    }
  }
});
server.on('exit', () => setImmediate(() => console.log(text)));

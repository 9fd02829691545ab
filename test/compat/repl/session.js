// A REPL on plain streams: results, multi-line input, `_` and `_error`, and errors.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const server = repl.start({ prompt: 'js> ', input, output, terminal: false });
server.on('exit', () => {
  console.log(written);
  console.log('exit; context has x:', server.context.x, 'last:', server.last);
});
const lines = [
  '1 + 1', 'var x = 40', 'x + 2', '_ * 2', 'unknownName', '_error.name', 'function f(a) {', '  return a * 3;', '}',
  'f(5)', '{ a: 1, b: [1, 2] }', '"text"', 'undefined', 'null', 'new Map([[1, 2]])', 'const k = 1', 'k = 2',
  'throw new RangeError("deep")', 'throw 7', '[1, 2, 3].map((n) => n * n)', 'class A {}', 'new A()', '.exit',
];
input.write(lines.join('\n') + '\n');

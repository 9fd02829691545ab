// Which inputs a REPL keeps reading past the end of a line: open brackets, template literals, function
// and class bodies, trailing operators, unfinished calls; .break drops the buffer.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (d) => { text += d; });
const server = repl.start({ prompt: '$ ', input, output, terminal: false });
server.on('exit', () => setImmediate(() => console.log(text)));
input.write([
  '[1,', '2,', '.break',
  'const obj = {', 'a: 1,', 'b: [', '2', ']', '}', 'obj.b[0] + obj.a',
  '`multi', 'line ${obj.a}`',
  'const arrow = (x) => {', 'return x + 1;', '};', 'arrow(1)',
  'class Point {', 'constructor(x) { this.x = x }', '}', 'new Point(3)',
  '1 +', '2',
  'if (obj.a) {', '"inside if"', '} else {', '"else"', '}',
  'function named() {', 'throw new Error("thrown inside")', '}', 'named()',
  '[1, 2].map((n) =>', 'n * 10)',
  '.exit',
].join('\n') + '\n');

// `_` and `_error` in a REPL: they follow the last result and the last error until code assigns them,
// which prints a notice once and stops the automatic updates; const and let results.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const server = repl.start({ prompt: '> ', input, output, terminal: false });
server.on('exit', () => {
  console.log(written);
  console.log('context _', server.context._, 'last', server.last, 'lastError', server.lastError && server.lastError.message);
});
input.write([
  '10', '_ + 1', '_', 'notDefinedAnywhere', '_error.constructor.name', 'typeof _',
  '_ = "mine"', '5', '_', '_error = "my error"', 'throw new Error("later")', '_error',
  'let z = 3', '_', '[_, _error]', '.exit',
].join('\n') + '\n');

// repl.start with a custom eval and writer, ignoreUndefined, and Recoverable for multi-line input.
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const server = repl.start({
  prompt: '? ',
  input,
  output,
  terminal: false,
  ignoreUndefined: true,
  eval(cmd, context, filename, callback) {
    const text = cmd.trim();
    if (text.endsWith('\\')) return callback(new repl.Recoverable(new SyntaxError('more')));
    if (text === 'nothing') return callback(null, undefined);
    if (text === 'fail') return callback(new Error('custom failure'));
    callback(null, { upper: text.toUpperCase().replace(/\\\n/g, ' '), file: filename.replace(/\d+$/, 'N') });
  },
  writer: (value) => `=> ${JSON.stringify(value)}`,
});
server.on('exit', () => console.log(written));
input.write('hello\nnothing\nfirst \\\nsecond\nfail\n');
input.end();
console.log(typeof repl.REPLServer, server instanceof repl.REPLServer, server instanceof require('node:readline').Interface);
console.log(typeof repl.REPL_MODE_SLOPPY, typeof repl.REPL_MODE_STRICT, typeof repl.writer, Array.isArray(repl.builtinModules));
console.log(repl.builtinModules.includes('fs'), repl.builtinModules.includes('node:test'));

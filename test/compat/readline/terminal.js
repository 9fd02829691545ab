// terminal: true on plain streams: key presses edit the line, and the output gets Node's escape sequences.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('history', (h) => lines.push(`history:${h.join('|')}`));
rl.prompt();
input.write('hello');
input.write('\x1b[D\x1b[D');   // left, left
input.write('X');              // insert in the middle
input.write('\x01');           // ctrl-a: home
input.write('>');
input.write('\x05');           // ctrl-e: end
input.write('\x7f');           // backspace
console.log(JSON.stringify(rl.line), rl.cursor, rl.getCursorPos());
input.write('\r');
input.write('second line\r');
input.write('\x1b[A');         // up: the last line from history
console.log(JSON.stringify(rl.line));
input.write('\x1b[A');
console.log(JSON.stringify(rl.line));
input.write('\x1b[B\x1b[B');
console.log(JSON.stringify(rl.line));
input.write('one two three');
input.write('\x17');           // ctrl-w: delete a word left
console.log(JSON.stringify(rl.line));
input.write('\x15');           // ctrl-u: delete to the start
console.log(JSON.stringify(rl.line));
input.write('\x19');           // ctrl-y: yank
console.log(JSON.stringify(rl.line));
input.write('\r');
console.log(lines);
console.log(JSON.stringify(written));
rl.on('close', () => console.log('closed by ctrl-d'));
input.write('\x04');

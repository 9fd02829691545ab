// What a terminal interface writes for prompt(), prompt(true), setPrompt with several lines,
// rl.write() of text and of key objects, and getCursorPos() when the line wraps at output.columns.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 20;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: 'green> ' });
function flush(label) {
  console.log(label, JSON.stringify(written));
  written = '';
}

rl.prompt();
flush('prompt');
rl.write('abcdef');
flush('write');
rl.write(null, { name: 'left' });
rl.write(null, { name: 'left' });
rl.write(null, { ctrl: true, name: 'a' });
console.log('after keys', rl.cursor, rl.getCursorPos());
flush('keys');
rl.prompt(true);
flush('prompt(true)');
console.log(rl.cursor);
rl.prompt();
flush('prompt()');
console.log(rl.cursor);

rl.write(null, { ctrl: true, name: 'u' });
rl.write(null, { ctrl: true, name: 'k' });
flush('cleared');
rl.setPrompt('line one\nline two> ');
rl.prompt();
rl.write('x'.repeat(25));
console.log('wrapped', rl.line.length, rl.getCursorPos());
flush('long line');

rl.setPrompt('> ');
rl.write(null, { ctrl: true, name: 'e' });
for (let i = 0; i < 3; i++) rl.write(null, { name: 'left' });
console.log('moved', rl.cursor, rl.getCursorPos());
rl.write(null, { ctrl: true, name: 'l' });
flush('ctrl-l');
input.write('\r');
flush('enter');
rl.close();
flush('close');

// rl.write() on a terminal interface: a string is text, not keys (control characters and escape sequences go into
// the line as they are), its newlines end lines (\r\n once) with 'history' before 'line', a key object wins over the
// string given with it, and what the output receives for all of it.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
const events = [];
rl.on('line', (l) => events.push(`line:${l}`));
rl.on('history', (h) => events.push(`history:${h.join('|')}`));
const show = (label) => {
  console.log(label.padEnd(22), JSON.stringify(rl.line), rl.cursor, JSON.stringify(events.splice(0)));
};

for (const text of ['ab\x15c', 'x\ty', 'one\ntwo', 'three\r\nfour\r', '\x1b[D', 'tail']) {
  rl.write(text);
  show(JSON.stringify(text));
}
rl.write('', { name: 'left' });
show('"" with left');
rl.write('Z', { name: 'right' });
show('"Z" with right');
rl.write(undefined, { sequence: 'q', name: 'q' });
show('key q only');
rl.write(null, { ctrl: true, name: 'e' });
rl.write(null, { name: 'backspace' });
show('ctrl-e, backspace');
rl.write(null, { name: 'return' });
show('return');
rl.close();
setImmediate(() => console.log(JSON.stringify(written)));

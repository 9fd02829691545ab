// Line editing keys of a terminal interface: word moves and deletes, kill to end, transposition,
// home/end sequences and the delete key; the line and cursor after each step.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 100;
output.resume();
const rl = readline.createInterface({ input, output, terminal: true });
const steps = [
  ['type', 'the quick brown fox'],
  ['meta-b', '\x1bb'],
  ['meta-b', '\x1bb'],
  ['ctrl-left', '\x1b[1;5D'],
  ['meta-f', '\x1bf'],
  ['ctrl-right', '\x1b[1;5C'],
  ['meta-d', '\x1bd'],
  ['home', '\x1b[H'],
  ['delete', '\x1b[3~'],
  ['end', '\x1b[F'],
  ['ctrl-b', '\x02\x02\x02'],
  ['ctrl-t', '\x14'],
  ['ctrl-f', '\x06\x06'],
  ['ctrl-k', '\x0b'],
  ['meta-backspace', '\x1b\x7f'],
  ['ctrl-h', '\x08'],
  ['insert', ' again'],
  ['ctrl-a', '\x01'],
  ['ctrl-delete', '\x1b[3;5~'],
  ['ctrl-e ctrl-w', '\x05\x17'],
];
for (const [name, keys] of steps) {
  input.write(keys);
  console.log(name.padEnd(15), JSON.stringify(rl.line), rl.cursor);
}
rl.close();

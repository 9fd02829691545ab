// The kill ring of a terminal interface: what ctrl-u and ctrl-k kill is stored (word kills with ctrl-w and meta-d
// are not), ctrl-y yanks the newest, meta-y right after a yank replaces it with older entries in turn (wrapping
// around), meta-y after anything else does nothing, key objects through rl.write() work the same, and the ring
// keeps the 32 newest kills.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
output.resume();
const rl = readline.createInterface({ input, output, terminal: true });
const step = (label, keys) => {
  if (typeof keys === 'string') input.write(keys);
  else rl.write(null, keys);
  console.log(label.padEnd(28), JSON.stringify(rl.line), rl.cursor);
};

step('meta-y with an empty ring', '\x1by');
step('ctrl-y with an empty ring', '\x19');
step('type', 'first second');
step('ctrl-u', '\x15');
step('type', 'head|tail');
step('4 lefts, ctrl-k', '\x1b[D\x1b[D\x1b[D\x1b[D\x0b');
step('ctrl-u', '\x15');
step('type', 'word1 word2');
step('ctrl-w (not stored)', '\x17');
step('home, meta-d (not stored)', '\x01\x1bd');
step('ctrl-e', '\x05');
step('ctrl-y', '\x19');
step('meta-y', '\x1by');
step('meta-y', '\x1by');
step('meta-y (wraps)', '\x1by');
step('type !', '!');
step('meta-y after typing', '\x1by');
step('ctrl-y', '\x19');
step('key object meta-y', { name: 'y', meta: true });
step('key object ctrl-a', { name: 'a', ctrl: true });
step('meta-y after a move', '\x1by');
step('ctrl-y at home', '\x19');
step('enter', '\r');
step('ring survives enter', '\x19\x1by');
rl.close();

// The ring holds the 32 newest kills.
const manyInput = new PassThrough();
const many = readline.createInterface({ input: manyInput, output, terminal: true });
for (let i = 0; i < 40; i++) manyInput.write(`k${i}\x15`);
manyInput.write('\x19');
const cycle = [many.line];
for (let i = 0; i < 34; i++) {
  many.write(null, { name: 'y', meta: true });
  cycle.push(many.line);
}
console.log(cycle.join(' '));
many.close();

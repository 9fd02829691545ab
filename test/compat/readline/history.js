// History of a terminal interface: the history option, historySize trimming, removeHistoryDuplicates,
// empty lines left out, the 'history' event, and up/down navigation.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function make(options) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 80;
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  return { rl, input };
}

// An initial history is used (newest first) and the array given is the one kept.
const initial = ['third', 'second', 'first'];
const a = make({ history: initial, historySize: 4 });
console.log(a.rl.history === initial, a.rl.history);
a.input.write('fourth\r');
a.input.write('fifth\r');
console.log(a.rl.history, initial === a.rl.history);
a.input.write('\x1b[A\x1b[A\x1b[A');
console.log(JSON.stringify(a.rl.line));
a.input.write('\x1b[A');
console.log(JSON.stringify(a.rl.line));
a.input.write('\x1b[B\x1b[B');
console.log(JSON.stringify(a.rl.line));
a.input.write('\x1b[B\x1b[B');   // below the newest: the empty line again
console.log(JSON.stringify(a.rl.line));
a.rl.close();

// Duplicates: removed anywhere with removeHistoryDuplicates, otherwise only consecutive ones.
for (const removeHistoryDuplicates of [false, true]) {
  const b = make({ removeHistoryDuplicates });
  const events = [];
  b.rl.on('history', (h) => events.push(h.length));
  b.input.write('x\ry\rx\rx\r\r   \ry\r');
  console.log(removeHistoryDuplicates, JSON.stringify(b.rl.history), events);
  b.rl.close();
}

// historySize 0 keeps nothing; the 'history' event can replace nothing but sees the list.
const c = make({ historySize: 0 });
c.rl.on('history', (h) => console.log('history event with', h));
c.input.write('gone\r');
console.log(c.rl.history);
c.rl.close();

// A recalled line can be edited and entered; it becomes the newest entry.
const d = make({ history: ['old'] });
d.input.write('\x1b[A');
d.input.write('er\r');
console.log(d.rl.history, JSON.stringify(d.rl.line));
d.rl.close();

// Not a terminal: no history at all.
const e = readline.createInterface({ input: new PassThrough(), terminal: false, history: ['kept?'] });
console.log(e.history, e.historySize);
e.close();

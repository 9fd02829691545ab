// Tab completion results: a single hit completes with its suffix, no hits does nothing, a substring other
// than the whole line, long candidate lists laid out in columns, group separators, and completer errors.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function make(completer, columns = 40) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = columns;
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, terminal: true, completer, prompt: '$ ' });
  return {
    rl,
    type(text) {
      written = '';
      input.write(text);
      return JSON.stringify(written);
    },
  };
}

// Completes only the last word.
const words = ['install', 'init', 'info', 'uninstall'];
const a = make((line) => {
  const last = line.split(' ').pop();
  const hits = words.filter((w) => w.startsWith(last));
  return [hits, last];
});
a.type('npm ins\t');
console.log(JSON.stringify(a.rl.line), a.rl.cursor);
a.type(' xyz\t');
console.log(JSON.stringify(a.rl.line));
a.type('\x15npm in\t');
console.log(JSON.stringify(a.rl.line));
console.log(a.type('\t'));
console.log(JSON.stringify(a.rl.line));
a.rl.close();

// Many candidates in a narrow output; an empty string separates groups.
const many = Array.from({ length: 12 }, (_, i) => `item${String(i).padStart(2, '0')}`);
const b = make((line) => [[...many.slice(0, 5), '', ...many.slice(5)], line], 30);
b.type('\t');
console.log(b.type('\t'));
b.rl.close();

// Completion with the cursor in the middle only looks at the text before it.
const c = make((line) => [['middle'].filter((w) => w.startsWith(line)), line]);
c.type('midXYZ\x1b[D\x1b[D\x1b[D\t');
console.log(JSON.stringify(c.rl.line), c.rl.cursor);
c.rl.close();

// A completer that calls back with an error: nothing is completed, the interface goes on.
const d = make((line, cb) => cb(new Error('no completions')));
d.rl.on('line', (l) => console.log('line after failed completion', JSON.stringify(l)));
d.type('ab\t');
d.type('c\r');
d.rl.close();

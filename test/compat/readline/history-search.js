// Up and down with text already typed: the arrows show only history entries starting with the text left of the
// cursor at the first arrow press, entries equal to the shown line are passed over, beyond the oldest and below the
// newest match the searched text comes back; any other key ends the search; ctrl-p/ctrl-n and shift+arrows move
// without searching, ctrl+arrows do nothing.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 80;
output.resume();
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  history: ['git status', 'npm test', 'git commit -m x', 'ls', 'git status', 'npm install', 'git log'],
});
const step = (label, keys) => {
  input.write(keys);
  console.log(label.padEnd(28), JSON.stringify(rl.line), rl.cursor);
};
const UP = '\x1b[A';
const DOWN = '\x1b[B';

step('type "git"', 'git');
step('up', UP);
step('up', UP);
step('up', UP);
step('up', UP);
step('down', DOWN);
step('down', DOWN);
step('down', DOWN);
step('down (typed text back)', DOWN);
step('clear, type "npm"', '\x15npm');
step('ctrl-p', '\x10');
step('ctrl-p', '\x10');
step('ctrl-n', '\x0e');
step('ctrl-n', '\x0e');
step('clear, type "zzz"', '\x15zzz');
step('up (no match)', UP);
step('clear, type "st"', '\x15st');
step('up (no prefix match)', UP);
step('up', UP);
step('clear, empty line up', '\x15' + UP);
step('up', UP);
step('edit recalled, up', 'X' + UP);
step('down', DOWN);
step('clear, "git", up', '\x15git' + UP);
step('left (ends search)', '\x1b[D');
step('up (searches "git statu")', UP);
step('down', DOWN);
step('clear, "npm", shift-up', '\x15npm\x1b[1;2A');
step('shift-up', '\x1b[1;2A');
step('up (searches the line)', UP);
step('shift-down', '\x1b[1;2B');
step('ctrl-up', '\x1b[1;5A');
step('ctrl-down', '\x1b[1;5B');
step('enter, up', '\r' + UP);
console.log(rl.history);
rl.close();

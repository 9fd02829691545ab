// The REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js), screen read with its colours: coloured
// results of several types, top-level await, .editor mode ended with Ctrl-D, Ctrl-C in a multi-line input,
// Ctrl-C twice on an empty line to leave (exit status 0).
const { runSession } = require('./fixtures/tmux-session.js');

console.log(JSON.stringify(runSession([
  ["[1, 'two', null, undefined, true, 3n, Symbol('s')]", 'Enter'], ['({ when: new Date(0), re: /x/g })', 'Enter'],
  ['await new Promise((resolve) => setTimeout(resolve, 10, "waited"))', 'Enter'],
  ['.editor', 'Enter'], ['const sum = (a, b) => a + b', 'Enter'], ['sum(2, 3)', 'C-d'],
  ['if (true) {', 'Enter'], ['C-c'],
  ['C-c'], ['C-c'],
], { colors: true }).split('\n'), null, 1));

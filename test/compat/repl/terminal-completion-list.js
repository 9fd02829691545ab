// Tab completion on a real terminal (a tmux pane, see fixtures/tmux-session.js): a unique completion fills the line,
// an ambiguous one completes the common part and a second Tab lists the candidates in columns, completion of
// require('..., of a variable's own properties and of dot commands.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['const shapes = { circle: 1, circuit: 2, square: 3 }', 'Enter'],
  // completion is asynchronous: each Tab is a step of its own, so the next keys wait for its result
  ['shapes.sq', 'Tab'], ['Enter'],
  ['shapes.ci', 'Tab'], ['Tab'], ['le', 'Enter'],
  ['Math.ma', 'Tab'], ['(4, 9)', 'Enter'],
  ["require('node:string_", 'Tab'], ["').name", 'Enter'],
  ['.hel', 'Tab'], ['Enter'],
  ['.exit', 'Enter'],
]));

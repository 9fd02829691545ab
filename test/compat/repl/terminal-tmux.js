// The REPL a person gets: the runtime started with no script on a real terminal (a tmux pane, see
// fixtures/tmux-session.js): the welcome lines, results, multi-line input, an uncaught error and _error, tab
// completion of a property, history recalled with the Up key, Ctrl-C clearing a line, and .exit.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['1 + 2', 'Enter'], ['const box = { alpha: 1, beta: [1, 2] }', 'Enter'], ['box', 'Enter'],
  ['function twice(n) {', 'Enter'], ['return n * 2', 'Enter'], ['}', 'Enter'], ['twice(21)', 'Enter'],
  ["throw new RangeError('too far')", 'Enter'], ['_error.message', 'Enter'],
  ['box.alp', 'Tab'], ['Enter'], ['Up', 'Up', 'Enter'], ['"discarded', 'C-c'], ['.exit', 'Enter'],
]));

// Line editing in the REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js): cursor keys, Home/End,
// Backspace and Ctrl-A/E/K/U/W change the line before Enter evaluates it.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['1 + 3', 'Left', 'Left', 'Left', 'BSpace', '2', 'Enter'],
  ["'middle'", 'Home', "'start ' + ", 'End', " + ' end'", 'Enter'],
  ['this is dropped', 'C-u', '40 + 2', 'Enter'],
  ['10 * 10 junk more', 'C-w', 'C-w', 'BSpace', 'Enter'],
  ['99 * 1000 junk', 'C-a', 'Right', 'Right', 'C-k', ' + 1', 'Enter'],
  ['typeof', 'C-e', ' process', 'Enter'],
  ['.exit', 'Enter'],
]));

// More line-editing keys in the REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js): Ctrl-B/F and
// Meta-B/F moves, Ctrl-D and Delete removing the character under the cursor, Meta-D and Meta-Backspace word
// deletions, Ctrl-L (first) clearing the screen with the line kept.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['"kept after clearing"', 'C-l'], ['Enter'],
  ['1 + 2 + 3', 'C-b', 'C-b', 'C-d', 'C-d', 'Enter'],
  ["'alpha beta gamma'.length", 'M-b', 'M-b', 'M-b', 'M-d', 'Enter'],
  ["'one two' + 'three'", 'Home', 'C-f', 'M-f', 'M-BSpace', 'Enter'],
  ['[10, 20]', 'Left', 'Left', 'Left', 'DC', 'DC', 'Enter'],
  ['.exit', 'Enter'],
]));

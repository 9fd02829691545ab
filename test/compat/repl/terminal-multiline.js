// Multi-line input on a real terminal (a tmux pane, see fixtures/tmux-session.js): an object literal, a template
// literal, an unfinished call and a class body go on at the `|` prompt until complete, then evaluate as one.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['const point = {', 'Enter'], ['x: 1,', 'Enter'], ['y: 2 }', 'Enter'], ['point.x + point.y', 'Enter'],
  ['`first', 'Enter'], ['second`.split("\\n")', 'Enter'],
  ['Math.max(1,', 'Enter'], ['5, 3)', 'Enter'],
  ['class Counter {', 'Enter'], ['count = 0', 'Enter'], ['up() { return ++this.count }', 'Enter'], ['}', 'Enter'],
  ['new Counter().up()', 'Enter'],
  ['.exit', 'Enter'],
]));

// The standalone REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js): builtin modules as globals
// (path, util, fs, node:-free names), require of one, and top-level await of timers/promises and of a rejection.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ["path.join('a', 'b', '..', 'c')", 'Enter'], ["util.format('%s=%d', 'n', 5)", 'Enter'],
  ["fs.existsSync('/')", 'Enter'], ["require('node:os') === os", 'Enter'],
  ["const { setTimeout: wait } = require('timers/promises')", 'Enter'],
  ["await wait(20, 'after a wait')", 'Enter'],
  ["await Promise.reject(new TypeError('awaited rejection'))", 'Enter'],
  ['await 1 + await 2', 'Enter'],
  ['.exit', 'Enter'],
]));

// Results wider than the terminal (a 100-column tmux pane, see fixtures/tmux-session.js): the REPL inspects with
// the terminal's width, so long arrays and objects are grouped and broken to fit; console.log from the input
// prints before the result.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['Array.from({ length: 60 }, (_, i) => i * 7)', 'Enter'],
  ["Object.fromEntries(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'].map((k, i) => [k, k.repeat(i + 1)]))",
    'Enter'],
  ["console.log('logged first'), 'then the result'", 'Enter'],
  ["'x'.repeat(150)", 'Enter'],
  ['.exit', 'Enter'],
]));

// What the REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js) prints for thrown values that are
// not plain errors, errors with extra properties and a ReferenceError from the engine;
// `_error` follows the last one and `_` the last result.
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([
  ['throw 42', 'Enter'], ["throw { code: 'E_OBJ', detail: [1, 2] }", 'Enter'], ['_error', 'Enter'],
  ["throw Object.assign(new Error('with extras'), { code: 'E_EXTRA', status: 500 })", 'Enter'],
  ['notDeclaredAnywhere + 1', 'Enter'], ['_error instanceof ReferenceError', 'Enter'],
  ['6 * 7', 'Enter'], ['_ + 1', 'Enter'],
  ['.exit', 'Enter'],
]));

// Ways out of the REPL on a real terminal (a tmux pane, see fixtures/tmux-session.js) and the status the shell
// sees: Ctrl-D on an empty line, process.exitCode then .exit, process.exit(n), and an error thrown from a timer
// (the REPL reports it and goes on).
const { runSession } = require('./fixtures/tmux-session.js');

console.log(runSession([['1', 'Enter'], ['C-d']]));
console.log('---');
console.log(runSession([['process.exitCode = 3', 'Enter'], ['.exit', 'Enter']]));
console.log('---');
console.log(runSession([['void process.on("exit", (c) => console.log("exiting with", c))', 'Enter'],
  ['process.exit(9)', 'Enter']]));

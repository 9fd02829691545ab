// Exit statuses of a runtime child (process.execPath) that ends through process.exit and process.exitCode, with
// values that wrap. Only status and signal are compared. (With runtime-exit-errors and runtime-exit-listeners: one
// set of children per case keeps each case well inside the suite's per-case time.)
const printExitStatuses = require('./fixtures/exit-statuses');

const programs = {
  'exit(0)': ['-e', 'process.exit(0)'],
  'exit(7)': ['-e', 'process.exit(7)'],
  'exit(256)': ['-e', 'process.exit(256)'],
  'exit(-1)': ['-e', 'process.exit(-1)'],
  'exitCode = 4': ['-e', 'process.exitCode = 4'],
  'exitCode then exit()': ['-e', 'process.exitCode = 6; process.exit()'],
};
printExitStatuses(programs);

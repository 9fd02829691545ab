// Exit statuses of a runtime child for a syntax error, an unknown option (9), 'exit' listeners changing the code,
// and an uncaughtException listener. Only status and signal are compared.
const printExitStatuses = require('./fixtures/exit-statuses');

const programs = {
  'syntax error': ['-e', 'let let = 1'],
  'unknown option': ['--no-such-option-here', '-e', '0'],
  'exit listener sets code': ['-e', 'process.on("exit", () => { process.exitCode = 9; })'],
  'exit listener exits': ['-e', 'process.on("exit", (c) => process.exit(c + 20)); process.exitCode = 1'],
  'uncaughtException handled': ['-e', 'process.on("uncaughtException", () => {}); throw new Error("x")'],
};
printExitStatuses(programs);

// Exit statuses of a runtime child (process.execPath) for the ways a program ends: exit(n) with values that wrap,
// exitCode, an uncaught exception, an unhandled rejection, a top-level await that never settles (13), a syntax
// error, an unknown option (9), and an 'exit' listener changing the code. Only status and signal are compared.
const { spawnSync } = require('node:child_process');

const programs = {
  'exit(0)': ['-e', 'process.exit(0)'],
  'exit(7)': ['-e', 'process.exit(7)'],
  'exit(256)': ['-e', 'process.exit(256)'],
  'exit(-1)': ['-e', 'process.exit(-1)'],
  'exitCode = 4': ['-e', 'process.exitCode = 4'],
  'exitCode then exit()': ['-e', 'process.exitCode = 6; process.exit()'],
  'uncaught exception': ['-e', 'throw new Error("x")'],
  'uncaught primitive': ['-e', 'throw 42'],
  'unhandled rejection': ['-e', 'Promise.reject(new Error("r"))'],
  'unhandled rejection, warn mode': ['--unhandled-rejections=warn', '-e', 'Promise.reject(new Error("r"))'],
  'unsettled top-level await': ['--input-type=module', '-e', 'await new Promise(() => {})'],
  'syntax error': ['-e', 'let let = 1'],
  'unknown option': ['--no-such-option-here', '-e', '0'],
  'exit listener sets code': ['-e', 'process.on("exit", () => { process.exitCode = 9; })'],
  'exit listener exits': ['-e', 'process.on("exit", (c) => process.exit(c + 20)); process.exitCode = 1'],
  'uncaughtException handled': ['-e', 'process.on("uncaughtException", () => {}); throw new Error("x")'],
};
for (const [label, args] of Object.entries(programs)) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(label.padEnd(32), result.status, result.signal);
}

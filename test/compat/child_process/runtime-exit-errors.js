// Exit statuses of a runtime child that ends with an error: an uncaught exception or primitive, an unhandled
// rejection (also in warn mode), a top-level await that never settles (13). Only status and signal are compared.
const printExitStatuses = require('./fixtures/exit-statuses');

const programs = {
  'uncaught exception': ['-e', 'throw new Error("x")'],
  'uncaught primitive': ['-e', 'throw 42'],
  'unhandled rejection': ['-e', 'Promise.reject(new Error("r"))'],
  'unhandled rejection, warn mode': ['--unhandled-rejections=warn', '-e', 'Promise.reject(new Error("r"))'],
  'unsettled top-level await': ['--input-type=module', '-e', 'await new Promise(() => {})'],
};
printExitStatuses(programs);

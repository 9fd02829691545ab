// Argument checks of node:vm, with Node's codes and messages.
const vm = require('node:vm');

const attempts = {
  'createContext(1)': () => vm.createContext(1),
  'createContext(null)': () => vm.createContext(null),
  'createContext name': () => vm.createContext({}, { name: 1 }),
  'createContext origin': () => vm.createContext({}, { origin: 2 }),
  'createContext microtaskMode': () => vm.createContext({}, { microtaskMode: 'x' }),
  'createContext codeGeneration': () => vm.createContext({}, { codeGeneration: 1 }),
  'isContext("s")': () => vm.isContext('s'),
  'runInContext plain object': () => vm.runInContext('1', {}),
  'runInContext undefined': () => vm.runInContext('1', undefined),
  'Script filename': () => new vm.Script('1', { filename: 1 }),
  'Script lineOffset': () => new vm.Script('1', { lineOffset: 1.5 }),
  'Script columnOffset': () => new vm.Script('1', { columnOffset: '1' }),
  'Script cachedData': () => new vm.Script('1', { cachedData: 'x' }),
  'Script produceCachedData': () => new vm.Script('1', { produceCachedData: 1 }),
  'Script importModuleDynamically': () => new vm.Script('1', { importModuleDynamically: 1 }),
  'Script options': () => new vm.Script('1', 5),
  'Script without new': () => vm.Script('1'),
  'timeout -1': () => vm.runInThisContext('1', { timeout: -1 }),
  'timeout 0': () => vm.runInThisContext('1', { timeout: 0 }),
  'timeout string': () => vm.runInThisContext('1', { timeout: '1' }),
  'displayErrors': () => vm.runInThisContext('1', { displayErrors: 1 }),
  'breakOnSigint': () => vm.runInThisContext('1', { breakOnSigint: 'yes' }),
  'run options': () => new vm.Script('1').runInThisContext(1),
  'contextName': () => vm.runInNewContext('1', {}, { contextName: 1 }),
  'contextOrigin': () => vm.runInNewContext('1', {}, { contextOrigin: 1 }),
  'compileFunction code': () => vm.compileFunction(1),
  'compileFunction params': () => vm.compileFunction('', 'a'),
  'compileFunction params[1]': () => vm.compileFunction('', ['a', 2]),
  'compileFunction parsingContext': () => vm.compileFunction('', [], { parsingContext: {} }),
  'compileFunction contextExtensions': () => vm.compileFunction('', [], { contextExtensions: 1 }),
  'compileFunction contextExtensions[0]': () => vm.compileFunction('', [], { contextExtensions: [1] }),
  'compileFunction filename': () => vm.compileFunction('', [], { filename: 3 }),
  'measureMemory mode': () => vm.measureMemory({ mode: 'x' }),
  'measureMemory execution': () => vm.measureMemory({ execution: 'x' }),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, err.code, err.name, err.message);
  }
}

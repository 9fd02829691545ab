// node:process is the process object itself, under both names, and listed among the builtins.
const processModule = require('process');
console.log(processModule === process, require('node:process') === process);
console.log(require('module').isBuiltin('process'), require('module').builtinModules.includes('process'));
console.log(typeof processModule.nextTick, processModule.platform === process.platform);

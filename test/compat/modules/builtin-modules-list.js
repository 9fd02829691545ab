const mod = require('module');
console.log(Array.isArray(mod.builtinModules), mod.builtinModules.length);
console.log(mod.builtinModules.includes('fs'), mod.builtinModules.includes('node:fs'), mod.builtinModules.includes('test'));
console.log(mod.isBuiltin('fs'), mod.isBuiltin('node:fs'), mod.isBuiltin('node:test'), mod.isBuiltin('test'), mod.isBuiltin('fs/promises'), mod.isBuiltin('nope'));
console.log(mod.builtinModules.slice(0, 5));
console.log(require('module') === mod.Module, typeof mod.createRequire);

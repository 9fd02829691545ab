const path = require('path');
const root = path.resolve(__dirname, '../../..');
console.log(module.paths.filter((p) => p.startsWith(root + '/')).map((p) => path.relative(root, p)));
console.log(module.paths.at(-1));
const Module = require('module');
console.log(Module._nodeModulePaths('/a/node_modules/b/c'));
console.log(Module._nodeModulePaths('/'));

const Module = require('module');
console.log(Module.wrap('body'));
console.log(Module.wrapper);
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module._extensions['.js']);
console.log(Object.keys(require.extensions));

console.log(module.id, module.loaded, module.exports === exports, this === exports);
console.log(module.filename === __filename, module.path === __dirname);
console.log(typeof module.require, module.require('./fixtures/rel/a').name);
console.log(arguments.length, typeof arguments[1]);
setTimeout(() => console.log('later: loaded =', module.loaded), 0);

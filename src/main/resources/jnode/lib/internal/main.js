'use strict';
// Runs the entry point: a file, -e/-p code, or code read from stdin.

const path = require('path');

function run(Module, mode, entry, preload, inputType) {
  Module._preloadModules(preload);
  switch (mode) {
    case 'FILE':
      process.argv[1] = path.resolve(process.argv[1]);
      Module.runMain(process.argv[1]);
      break;
    case 'EVAL':
    case 'PRINT':
    case 'STDIN':
      evalScript(Module, mode === 'STDIN' ? '[stdin]' : '[eval]', entry, mode === 'PRINT', inputType);
      break;
    default:
      throw new Error(`unknown entry mode ${mode}`);
  }
}

// Like Node: the code runs as a script in the global scope, with module, require and friends as globals.
function evalScript(Module, name, code, print, inputType) {
  if (inputType === 'module') {
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('--input-type=module');
  }
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const { makeRequireFunction } = require('internal/modules/cjs/loader');
  const requireFromEval = makeRequireFunction(module);
  exposeBuiltinModules(requireFromEval);
  const globals = {
    __filename: name, module, exports: module.exports, __dirname: '.', require: requireFromEval,
  };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true, enumerable: true });
  }
  const result = internalBinding('natives').evalScript(name, code);
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

// As in Node, code given with -e, -p or on stdin sees the public builtin modules as globals (os, fs, http...),
// required on first read; assigning one replaces it with a plain global.
function exposeBuiltinModules(requireFromEval) {
  const { builtinModules } = require('internal/bootstrap/builtins');
  for (const id of builtinModules) {
    if (id.startsWith('_') || id.includes('/')) continue;
    const replace = (value) => {
      Object.defineProperty(globalThis, id, { value, writable: true, enumerable: true, configurable: true });
    };
    Object.defineProperty(globalThis, id, {
      get() {
        const exports = requireFromEval(id);
        Object.defineProperty(globalThis, id, { get: () => exports, set: replace, enumerable: false, configurable: true });
        return exports;
      },
      set: replace,
      enumerable: false,
      configurable: true,
    });
  }
}

module.exports = { run };

'use strict';
// Runs the entry point: a file, -e/-p code, or code read from stdin.

const path = require('path');

function run(Module, mode, entry, preload, inputType) {
  // A thread of jnode's own runs one of its internal modules, without the program's preloads.
  if (mode === 'INTERNAL') {
    require(entry);
    return;
  }
  // Started by a parent with an IPC channel (fork): process.send and 'message' before any user code runs.
  if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();
  // A cluster worker (cluster.fork): cluster.worker exists and the primary hears it is online.
  if (process.env.NODE_UNIQUE_ID !== undefined) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
  if (require('internal/options').getOptionValue('--test')) {
    // The runner mode (test files found and run in child processes, one summary) is not there yet;
    // running the file alone would look like it but report differently.
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('The --test command-line mode');
  }
  Module._preloadModules(preload);
  registerLoaders(require('internal/options').getOptionValue('--experimental-loader') ?? []);
  const imports = require('internal/options').getOptionValue('--import') ?? [];
  if (imports.length === 0) {
    runEntry(Module, mode, entry, inputType);
    return;
  }
  // --import modules load in order, each awaited, before the entry point (from the current directory).
  const esm = require('internal/modules/esm/loader');
  let loaded = Promise.resolve();
  for (const specifier of imports) loaded = loaded.then(() => esm.importModule(specifier));
  loaded.then(() => runEntry(Module, mode, entry, inputType),
    (err) => require('internal/process/task_queues').reportRejectionAsUncaught(err));
}

// --experimental-loader (--loader): module.register() of each, from the current directory, with Node's warning
// that shows the --import to use instead.
function registerLoaders(loaders) {
  if (loaders.length === 0) return;
  const { register } = require('internal/modules/esm/register');
  const { pathToFileURL } = require('internal/url');
  const calls = loaders.map((loader) => `register(${JSON.stringify(loader)}, pathToFileURL("./"));`).join(' ');
  process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
    '--import \'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from ' +
    `"node:url"; ${calls}'`, 'ExperimentalWarning');
  for (const loader of loaders) register(loader, pathToFileURL('./'));
}

function runEntry(Module, mode, entry, inputType) {
  // --check (-c) compiles the file or stdin's code without running it (after the --import modules, as Node);
  // -e code still runs.
  if ((mode === 'FILE' || mode === 'STDIN') && require('internal/options').getOptionValue('--check') === true) {
    checkEntry(Module, mode, entry, inputType);
    return;
  }
  switch (mode) {
    case 'FILE':
      process.argv[1] = path.resolve(process.argv[1]);
      Module.runMain(process.argv[1]);
      break;
    case 'REPL':
      if (inputType !== null) {
        process.stderr.write('Cannot specify --input-type for REPL\n');
        process.exit(9);
      }
      startRepl();
      break;
    case 'EVAL':
    case 'PRINT':
    case 'STDIN': {
      // A worker's eval code is named '[worker eval]'; -e/-p code and stdin run in the main thread.
      const inWorker = internalBinding('worker').self() !== null;
      const name = mode === 'STDIN' ? '[stdin]' : inWorker ? '[worker eval]' : '[eval]';
      evalScript(Module, name, entry, mode === 'PRINT', inputType, !inWorker);
      break;
    }
    default:
      throw new Error(`unknown entry mode ${mode}`);
  }
}

function checkEntry(Module, mode, entry, inputType) {
  const { checkSyntax } = require('internal/modules/cjs/loader');
  if (mode === 'STDIN') {
    checkSyntax('[stdin]', entry, inputType === 'module' ? 'module' : 'commonjs');
    return;
  }
  process.argv[1] = path.resolve(process.argv[1]);
  const filename = Module._resolveFilename(process.argv[1], null, true);
  checkSyntax(filename, require('fs').readFileSync(filename, 'utf8'));
}

// `jnode` with no script on a terminal (or with -i): Node's REPL in the global context, with its welcome line and
// a history file (~/.jnode_repl_history, or NODE_REPL_HISTORY; empty switches it off).
function startRepl() {
  const repl = require('repl');
  process.stdout.write(`Welcome to Node.js ${process.version}.\nType ".help" for more information.\n`);
  const server = repl.start({ prompt: '> ', useGlobal: true, terminal: process.stdin.isTTY && process.stdout.isTTY,
    historySize: Number(process.env.NODE_REPL_HISTORY_SIZE ?? 1000) });
  repl.repl = server; // the standalone REPL's server, as Node exposes it
  const file = process.env.NODE_REPL_HISTORY ??
    require('path').join(require('os').homedir(), '.jnode_repl_history');
  if (file.trim() !== '') server.setupHistory(file);
  // Results still settling (top-level await) are printed before the process ends.
  server.on('exit', () => setImmediate(() => process.exit()));
}

// Like Node: the code runs as a script in the global scope, with module, require and friends as globals (and,
// outside a worker, the builtin modules too).
function evalScript(Module, name, code, print, inputType, builtinGlobals) {
  if (inputType === 'module-typescript' || inputType === 'commonjs-typescript') {
    code = stripTypes(name, code);
  }
  if (inputType === 'module' || inputType === 'module-typescript') {
    evalModule(name, code, print, builtinGlobals);
    return;
  }
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const { makeRequireFunction } = require('internal/modules/cjs/loader');
  const requireFromEval = makeRequireFunction(module);
  if (builtinGlobals) exposeBuiltinModules(requireFromEval);
  const globals = {
    __filename: name, module, exports: module.exports, __dirname: '.', require: requireFromEval,
  };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true, enumerable: true });
  }
  let result;
  try {
    result = internalBinding('natives').evalScript(name, code);
  } catch (err) {
    // Node 24 runs code with module syntax as an ES module, unless --input-type says it is a script.
    const detecting = inputType === null || inputType === 'typescript-stripped';
    if (detecting && err instanceof SyntaxError && isModuleCode(name, code, err)) {
      for (const key of Object.keys(globals)) delete globalThis[key];
      const natives = internalBinding('natives');
      const typeScript = inputType === null && !natives.parsesAsModule(code) ? strippedOrNull(name, code) : null;
      evalModule(name, typeScript !== null && natives.parsesAsModule(typeScript) ? typeScript : code, print,
        builtinGlobals);
      return;
    }
    // Code that is not JavaScript may be TypeScript: Node 24 tries it stripped (CommonJS, then module syntax).
    const stripped = inputType === null && err instanceof SyntaxError ? strippedOrNull(name, code) : null;
    if (stripped === null) throw err;
    evalScript(Module, name, stripped, print, 'typescript-stripped', builtinGlobals);
    return;
  }
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

function stripTypes(name, code) {
  const { typeScriptMode } = require('internal/modules/cjs/loader');
  return require('internal/modules/typescript').stripTypeScriptModuleTypes(code, name, typeScriptMode(), name);
}

// The code with its types stripped, or null when it is not TypeScript either (or stripping is off).
function strippedOrNull(name, code) {
  if (require('internal/options').getOptionValue('--no-experimental-strip-types') === true) return null;
  try {
    return stripTypes(name, code);
  } catch {
    return null;
  }
}

function isModuleCode(name, code, err) {
  const esm = require('internal/modules/esm/loader');
  return esm.retriesAsModule(err, code) && esm.hasModuleSyntax(path.join(process.cwd(), name), code);
}

function evalModule(name, code, print, builtinGlobals) {
  if (print) {
    const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  // The builtin modules are globals here too, but require, module and exports are not.
  const { createRequire } = require('internal/modules/cjs/loader').Module;
  if (builtinGlobals) exposeBuiltinModules(createRequire(path.join(process.cwd(), name)));
  const moduleName = name === '[eval]' || name === '[worker eval]' ? '[eval1]' : name;
  require('internal/modules/esm/loader').evalModule(moduleName, code);
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

'use strict';
// CommonJS modules: Module, require, and the loading of .js, .json and .node files. File lookups
// (extensions, package.json main, exports) happen in Java, in internalBinding('module').

const path = require('path');
const { builtinModules, schemeOnly, isBuiltin, requireBuiltin, cache: builtinCache } =
  require('internal/bootstrap/builtins');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE, ERR_DLOPEN_FAILED,
  ERR_REQUIRE_ESM, ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
const { validateString } = require('internal/validators');
const { getOptionValue, pendingDeprecation } = require('internal/options');

const { noteLoadedModule } = require('internal/source_map/prepare_stack_trace');
const binding = internalBinding('module');
binding.setDeprecationHandler((code, message) => process.emitWarning(message, 'DeprecationWarning', code));
const natives = internalBinding('natives');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kURL = Symbol('kURL');
const kFormat = Symbol('kFormat');
const kIsExecuting = Symbol('kIsExecuting');
// module.parent lives on the prototype as an accessor, as in Node, so it stays out of inspect(module).
const parents = new WeakMap();
const wrapperParams = 'exports, require, module, __filename, __dirname';

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  parents.set(this, parent);
  if (parent && !parent.children.includes(this)) parent.children.push(this);
}

// Node's prototype hides its constructor behind a getter, so inspect(module) prints a bare object.
Object.defineProperty(Module.prototype, 'constructor', {
  get: function get() { return Module; }, enumerable: false, configurable: false,
});

let warnParent;
function warnOfParent() {
  if (!pendingDeprecation()) return;
  warnParent ??= require('util').deprecate(() => {}, 'module.parent is deprecated due to accuracy issues. ' +
    'Please use require.main to find program entry point instead.', 'DEP0144');
  warnParent();
}
Object.defineProperty(Module.prototype, 'parent', {
  get: function deprecated() {
    warnOfParent();
    return parents.get(this);
  },
  set: function deprecated(value) {
    warnOfParent();
    parents.set(this, value);
  },
  enumerable: false,
  configurable: false,
});
Object.defineProperty(Module.prototype, 'isPreloading', {
  get: function get() { return isPreloading; }, enumerable: false, configurable: false,
});
let isPreloading = false;

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// As in Node 24, the modules reachable only with the node: scheme are listed last, with it.
Module.builtinModules = Object.freeze([...builtinModules, ...schemeOnly.map((id) => `node:${id}`)]);
Module.isBuiltin = isBuiltin;
// Modules compile without a wrapper in their text, unless the program patches Module.wrap or Module.wrapper (as
// some instrumenting tools do): from then on, as in Node, the wrapped text is compiled as a script.
let wrapperPatched = false;
const patchWatch = {
  set(target, key, value) {
    wrapperPatched = true;
    return Reflect.set(target, key, value);
  },
  defineProperty(target, key, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, key, descriptor);
  },
};
let wrapper = new Proxy([`(function (${wrapperParams}) { `, '\n});'], patchWatch);
let wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
for (const [name, get, set] of [['wrapper', () => wrapper, (value) => { wrapper = value; }],
  ['wrap', () => wrap, (value) => { wrap = value; }]]) {
  Object.defineProperty(Module, name, {
    get, set(value) { wrapperPatched = true; set(value); }, enumerable: true, configurable: true,
  });
}
Module.Module = Module;

let modulePaths = [];

binding.setBuiltinModules(builtinModules);
// From the command line or NODE_OPTIONS; NODE_PRESERVE_SYMLINKS=1 also means --preserve-symlinks.
binding.setPreserveSymlinks(getOptionValue('--preserve-symlinks') === true || process.env.NODE_PRESERVE_SYMLINKS === '1',
  getOptionValue('--preserve-symlinks-main') === true);

Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)));
  }
  modulePaths = paths;
  Module.globalPaths = [...paths];
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (!isRelative(request)) {
    const paths = parent?.paths?.length ? [...parent.paths, ...modulePaths] : modulePaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (!absolute && (!paths || paths.length === 0)) return false;
  const cacheKey = `${request}\x00${absolute ? '' : paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const dirs = absolute ? [] : paths.map((p) => path.resolve(p));
  const filename = binding.findPath(request, dirs, isMain === true);
  if (filename === null || filename === undefined) return false;
  Module._pathCache[cacheKey] = filename;
  return filename;
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = parents.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

function conditions() {
  const addons = getOptionValue('--no-addons') === true ? [] : ['node-addons'];
  return ['require', 'node', ...addons, 'module-sync', ...(getOptionValue('--conditions') ?? [])];
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (hasHooks(true)) return resolveThroughHooks(request, parent, isMain, options);
  return resolveFilename(request, parent, isMain, options);
};

/**
 * True once hooks are in place for require() (`forRequire`) or for import (without loading the hooks module
 * before that).
 */
function hasHooks(forRequire = false) {
  return builtinCache.has('internal/modules/customization_hooks') &&
    require('internal/modules/customization_hooks').hasHooks(forRequire);
}

// module.registerHooks() resolve hooks see require() too: file: URLs come back as filenames, node: URLs as ids.
function resolveThroughHooks(request, parent, isMain, options) {
  const { resolveWithHooks } = require('internal/modules/customization_hooks');
  const { fileURLToPath } = require('internal/url');
  const parentURL = parent?.filename ? binding.fileUrl(parent.filename) : undefined;
  const { url } = resolveWithHooks(request, { parentURL, importAttributes: {}, conditions: conditions() },
    (specifier) => {
      const filename = resolveFilename(specifier, parent, isMain, options);
      const url = isBuiltin(filename) ? `node:${filename.replace(/^node:/, '')}` : binding.fileUrl(filename);
      return { url, format: null, importAttributes: {} };
    }, true);
  if (url.startsWith('node:')) return url;
  if (url.startsWith('file:')) return fileURLToPath(url);
  throw new ERR_JNODE_UNSUPPORTED(`require() of the URL ${url} a resolve hook returned`);
}

function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (options && typeof options === 'object' && options.paths) {
    if (!Array.isArray(options.paths)) throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    if (isRelative(request)) {
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        for (const lp of Module._resolveLookupPaths(request, fake) || []) {
          if (!paths.includes(lp)) paths.push(lp);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent) || [];
  }
  // The REPL's and preloads' module has no file: a package's self-reference resolves from the working directory.
  const fileless = parent && !parent.filename && (parent.id === '<repl>' || parent.id === 'internal/preload');
  const parentFilename = fileless ? path.join(process.cwd(), parent.id) : (parent?.filename ?? null);
  syncExtensions();
  const filename = binding.resolve(request, parentFilename, paths.map((p) => path.resolve(p)),
    conditions(), !!isMain);
  if (filename !== null && filename !== undefined) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

// The resolver tries the keys of require.extensions, which programs may change at any time.
let extensionsSeen = '.js\0.json\0.node';
function syncExtensions() {
  const keys = Object.keys(Module._extensions);
  const joined = keys.join('\0');
  if (joined !== extensionsSeen) {
    extensionsSeen = joined;
    binding.setExtensions(keys);
  }
}

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  // The cache comes first, even for a builtin's bare name: programs may plant require.cache.fs (Node allows it).
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    // An unfinished module is a CommonJS cycle (partial exports), or an ES module a require() is evaluating.
    if (!cached.loaded) esmLoader().checkRequireCycle(filename);
    updateChildren(parent, cached);
    return cached.exports;
  }
  if (isBuiltin(filename)) return requireBuiltin(filename.replace(/^node:/, ''));
  return loadFile(filename, parent, isMain);
};

// Module._load after resolution: `filename` is not in the cache yet.
function loadFile(filename, parent, isMain) {
  const module = new Module(filename, parent);
  module[kIsMainSymbol] = isMain;
  module[kIsCachedByESMLoader] = false;
  module[kURL] = undefined;
  module[kFormat] = undefined;
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
}

/** Loads the CommonJS file `filename` (already resolved) for an ES module importing it. */
function loadForImport(filename) {
  const cached = Module._cache[filename];
  return cached !== undefined ? cached.exports : loadFile(filename, null, false);
}

function updateChildren(parent, child) {
  if (parent && !parent.children.includes(child)) parent.children.push(child);
}

function extensionOf(filename) {
  const name = path.basename(filename);
  let index = name.indexOf('.', 1);
  while (index !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
    index = name.indexOf('.', index + 1);
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  // An import's load hook (module.register()) may have given this CommonJS file its source.
  if (hasHooks(true) || (hasHooks() && esmLoader().hasHookedSource(filename))) loadThroughHooks(this, filename);
  else Module._extensions[extensionOf(filename)](this, filename);
  this.loaded = true;
};

// The format a require()d file's extension alone decides, as load hooks are told; null for .js and others.
function formatByExtension(filename) {
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.json')) return 'json';
  return null;
}

// module.registerHooks() load hooks see require() too: their source replaces the file's.
function loadThroughHooks(module, filename) {
  const hooks = require('internal/modules/customization_hooks');
  const esm = esmLoader();
  const url = binding.fileUrl(filename);
  const taken = esm.takeHookedSource(filename);
  const { format, source } = taken !== undefined ? { format: 'commonjs', source: taken }
    : hooks.loadWithHooks(url, { format: formatByExtension(filename), importAttributes: {}, conditions: conditions() },
      (_, context) => ({ source: binding.readSource(filename), format: context?.format ?? null }), true);
  let text = hooks.sourceText(source) ?? binding.readSource(filename);
  if (format === 'commonjs-typescript' || (format == null && isTypeScript(filename))) {
    text = require('internal/modules/typescript').stripTypeScriptModuleTypes(text, filename, typeScriptMode());
  }
  if (format === 'module' || format === 'module-typescript') {
    binding.serveModule(filename, text, 'module');
    loadAsEsm(module, filename);
  } else if (format === 'json' || (format == null && extensionOf(filename) === '.json')) {
    module.exports = JSON.parse(stripBOM(text));
  } else if (format == null && extensionOf(filename) !== '.js') {
    Module._extensions[extensionOf(filename)](module, filename);
  } else {
    module._compile(stripBOM(text), filename);
  }
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripHashbang(content) {
  return content.startsWith('#!') ? `//${content.slice(2)}` : content;
}

// A typeless .js file is compiled once to find out whether it is CommonJS; _compile then takes that function.
const precompiled = new WeakMap(); // module -> { fn, content }

function compileWrapper(content, filename) {
  if (wrapperPatched) {
    const { Script } = require('vm');
    return new Script(Module.wrap(stripHashbang(content)), { filename }).runInThisContext({ displayErrors: true });
  }
  return natives.compileFunction(filename, stripHashbang(content), wrapperParams);
}

Module.prototype._compile = function _compile(content, filename) {
  noteLoadedModule(filename);
  const compiled = precompiled.get(this);
  precompiled.delete(this);
  const fn = compiled?.content === content ? compiled.fn : compileWrapper(content, filename);
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  this[kIsExecuting] = true;
  try {
    return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
  }
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const format = requiredFormat(filename);
  if (format === 'module') {
    loadAsEsm(module, filename);
    return;
  }
  let content = stripBOM(binding.readSource(filename));
  if (isTypeScript(filename)) {
    content = require('internal/modules/typescript').stripTypeScriptModuleTypes(content, filename, typeScriptMode());
  }
  // Without require(esm) there is nothing to detect for: the SyntaxError stands.
  if (format === 'typeless' && getOptionValue('--no-experimental-detect-module') !== true &&
      getOptionValue('--no-experimental-require-module') !== true) {
    // Node 24's syntax detection: CommonJS unless it only compiles as an ES module.
    let fn;
    try {
      fn = compileWrapper(content, filename);
    } catch (err) {
      if (!failsOnlyForModuleSyntax(err, content)) throw err;
      esmLoader().warnTypeless(filename);
      loadAsEsm(module, filename);
      return;
    }
    precompiled.set(module, { fn, content });
  } else if (format === 'commonjs') {
    precompiled.set(module, { fn: compileExplicitCommonJs(content, filename), content });
  }
  module._compile(content, filename);
};

/**
 * --check: compiles `content` as the loaders would take `filename` (an ES module, CommonJS, or typeless with Node's
 * syntax detection), without running it; throws its SyntaxError. `format` overrides the file's own (stdin's code).
 */
function checkSyntax(filename, content, format = requiredFormat(filename)) {
  content = stripBOM(content);
  if (isTypeScript(filename)) {
    content = require('internal/modules/typescript').stripTypeScriptModuleTypes(content, filename, typeScriptMode());
  }
  if (format === 'module') {
    natives.checkModuleSyntax(filename, stripHashbang(content));
    return;
  }
  if (format === 'commonjs') {
    compileExplicitCommonJs(content, filename);
    return;
  }
  try {
    compileWrapper(content, filename);
  } catch (err) {
    if (getOptionValue('--no-experimental-detect-module') === true || !failsOnlyForModuleSyntax(err, content)) {
      throw err;
    }
    natives.checkModuleSyntax(filename, stripHashbang(content));
  }
}

// Node 24's syntax detection: a typeless file is an ES module when it fails to compile as CommonJS only because of
// module syntax.
function failsOnlyForModuleSyntax(err, content) {
  return esmLoader().retriesAsModule(err, content);
}

// A file that is CommonJS by its extension or package "type" but has module syntax: Node says how to fix it.
function compileExplicitCommonJs(content, filename) {
  try {
    return compileWrapper(content, filename);
  } catch (err) {
    if (esmLoader().retriesAsModule(err, content)) {
      require('internal/process/object').emitWarningSync(`Failed to load the ES module: ${filename}. Make sure ` +
        'to set "type": "module" in the nearest package.json file or use the .mjs extension.');
    }
    throw err;
  }
}

// What a required file is, as Node's .js handler decides: by extension, then (.js and .ts only) the package "type";
// 'typeless' is CommonJS unless its syntax says otherwise.
function requiredFormat(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs' || (ext === '.mts' && isTypeScript(filename))) return 'module';
  if (ext === '.cjs' || ext === '.cts') return 'commonjs';
  const type = ext === '.js' || ext === '.ts' ? packageType(filename) : 'none';
  return type === 'module' ? 'module' : type === 'commonjs' ? 'commonjs' : 'typeless';
}

// Node hands the entry point to the ES module loader when it is a module or a .wasm file, and also when its package
// is "module", whatever its extension (which that loader may then refuse; an extensionless file may be wasm: the
// ESM loader looks at its first bytes), except .cjs (and JSON and addons, which it loads as CommonJS).
function isModuleEntry(filename) {
  const ext = path.extname(filename);
  if (ext === '.wasm' || requiredFormat(filename) === 'module') return true;
  return !['.cjs', '.cts', '.json', '.node'].includes(ext) && packageType(filename) === 'module';
}

/** TypeScript the loaders strip: .ts, .mts and .cts files, unless --no-experimental-strip-types. */
function isTypeScript(filename) {
  return /\.[cm]?ts$/.test(filename) && getOptionValue('--no-experimental-strip-types') !== true;
}

function typeScriptMode() {
  return getOptionValue('--experimental-transform-types') === true ? 'transform' : 'strip';
}

function esmLoader() {
  return require('internal/modules/esm/loader');
}

// require(esm), or the main module turning out to be an ES module (it then runs as one, and may await).
function loadAsEsm(module, filename) {
  if (module.id === '.') {
    delete Module._cache[filename];
    process.mainModule = undefined;
    esmLoader().runMain(filename);
    return;
  }
  const parent = parents.get(module);
  if (getOptionValue('--no-experimental-require-module') === true) {
    const esmSyntax = esmLoader().hasModuleSyntax(filename, binding.readSource(filename));
    throw new ERR_REQUIRE_ESM(filename, parent?.filename ?? parent?.id, esmSyntax,
      esmSyntax ? undefined : binding.packageScope(filename) ?? undefined);
  }
  traceRequireModule(filename, parent);
  const namespace = esmLoader().requireModule(filename, parent);
  module.exports = 'module.exports' in namespace ? namespace['module.exports'] : namespace;
}

let requireModuleTraced = false;

// --trace-require-module=all|no-node-modules: Node's warning, once, on the first require(esm) (for
// no-node-modules, the first from a module outside node_modules).
function traceRequireModule(filename, parent) {
  const mode = getOptionValue('--trace-require-module');
  if (requireModuleTraced || mode === undefined) return;
  const from = parent?.filename ?? parent?.id;
  if (mode === 'no-node-modules' && from?.includes(`${path.sep}node_modules${path.sep}`)) return;
  requireModuleTraced = true;
  process.emitWarning(`CommonJS module ${from} is loading ES Module ${filename} using require().\nSupport for ` +
    'loading ES Module in require() is an experimental feature and might change at any time', 'ExperimentalWarning');
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = binding.readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  throw new ERR_DLOPEN_FAILED(`${filename}: native addons (.node files) cannot be loaded by jnode, ` +
    'which runs on the JVM');
};

function packageType(filename) {
  return binding.packageType(filename);
}

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  isPreloading = true;
  try {
    for (const request of requests) parent.require(request);
  } finally {
    isPreloading = false;
  }
};

Module.runMain = function runMain(main = process.argv[1]) {
  const filename = Module._findPath(path.resolve(main), null, true);
  if (filename && isModuleEntry(filename)) {
    esmLoader().runMain(filename);
    return;
  }
  Module._load(path.resolve(main), null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  esmLoader().syncBuiltinESMExports();
};
Module.findSourceMap = function findSourceMap(path) {
  return require('internal/source_map/source_map_cache').findSourceMap(path);
};
Object.defineProperty(Module, 'SourceMap', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    const { SourceMap } = require('internal/source_map/source_map');
    Object.defineProperty(Module, 'SourceMap', { __proto__: null, value: SourceMap, writable: true, enumerable: true,
      configurable: true });
    return SourceMap;
  },
  set(value) {
    Object.defineProperty(Module, 'SourceMap', { __proto__: null, value, writable: true, enumerable: true,
      configurable: true });
  },
});
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  return require('internal/modules/package_json_reader').findPackageJSON(specifier, base);
};
Module.stripTypeScriptTypes = function stripTypeScriptTypes(code, options = {}) {
  return require('internal/modules/typescript').stripTypeScriptTypes(code, options);
};
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return require('internal/source_map/source_map_cache').getSourceMapsSupport();
};
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  require('internal/source_map/source_map_cache').setSourceMapsSupport(enabled, options);
};
Module.register = function register(specifier, parentURL, options) {
  require('internal/modules/esm/register').register(specifier, parentURL, options);
};
Module.registerHooks = function registerHooks(hooks) {
  return require('internal/modules/customization_hooks').registerHooks(hooks);
};
Module.enableCompileCache = function enableCompileCache() {
  return { status: 3, message: 'jnode has no compile cache' };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
// With no compile cache enabled there is nothing to write, as in Node.
Module.flushCompileCache = function flushCompileCache() {};
Module.constants = Object.freeze({ compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }) });

module.exports = { Module, makeRequireFunction, hasHooks, loadForImport, isTypeScript, typeScriptMode, checkSyntax };

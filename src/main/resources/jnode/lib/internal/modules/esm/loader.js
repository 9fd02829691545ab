'use strict';
// ES modules on GraalJS's own module loader: it parses, links and evaluates, and keeps the module map (keyed
// by path). jnode decides what each import names and what text is loaded for it: lookup() below runs Node's
// resolution (in Java) for every static and dynamic import (dev.jnode.engine.NodeModuleLoader asks it), and the
// module file system (dev.jnode.module.ModuleFileSystem) serves, under the path it chose, either the file itself
// or a text made here: a data: URL's module, the ES module face of a CommonJS file or of a builtin.

const path = require('path');
const { fileURLToPath, URL } = require('internal/url');
const { isBuiltin, requireBuiltin } = require('internal/bootstrap/builtins');
const { getOptionValue } = require('internal/options');
const { noteLoadedModule } = require('internal/source_map/prepare_stack_trace');

const binding = internalBinding('module');
const natives = internalBinding('natives');

const VIRTUAL_ROOT = '/[jnode]/';
// The module the faces import their loader functions from; its name is not guessable by user code.
const internalPath = `${VIRTUAL_ROOT}loader-${Math.random().toString(36).slice(2)}.mjs`;

let installed = false;
let cjsLoader;
let Module;
const formats = new Map(); // filename -> 'module' | 'commonjs' | 'json', once decided
let mainFilename = null;
let mainUrl = null; // the file: URL the entry point is imported by

function conditions() {
  const addons = getOptionValue('--no-addons') === true ? [] : ['node-addons'];
  return ['node', 'import', 'module-sync', ...addons, ...(getOptionValue('--conditions') ?? [])];
}

// Set up on the first import of the process (the bootstrap registered lookup() with GraalJS).
function install() {
  if (installed) return;
  installed = true;
  cjsLoader = require('internal/modules/cjs/loader');
  Module = cjsLoader.Module;
  natives.setImportMetaInitializer(initImportMeta);
  binding.serveModule(internalPath, 'export const { load } = import.meta;\n', 'module');
}

// GraalJS asks for every import: (path of the importing module or null, specifier, [attribute key, value, ...])
// -> path to load.
function lookup(referrer, specifier, attributeList) {
  install();
  // The faces' own import, and code jnode made up (-e modules) named by its path.
  if (specifier === internalPath || (specifier.startsWith('/') && binding.isServedModule(specifier))) {
    return specifier;
  }
  const attributes = { __proto__: null };
  for (let i = 0; i < attributeList.length; i += 2) attributes[attributeList[i]] = attributeList[i + 1];
  const parent = referrer !== null && referrer.startsWith('/') ? referrer : null;
  let found;
  if (cjsLoader.hasHooks()) {
    // With hooks, the default load step checks the attributes the hooks settled on.
    found = lookupThroughHooks(parent, specifier, attributes);
  } else {
    found = lookupResolved(parent, specifier);
    const format = builtinFacePaths.has(found) ? 'builtin' : formats.get(found);
    checkAttributes(placedUrls.get(found) ?? builtinFacePaths.get(found) ?? binding.fileUrl(found), format, attributes);
  }
  if (requiringModules > 0) refuseCommonJsInCycle(found, specifier, parent);
  return found;
}

function lookupResolved(parent, specifier) {
  // As Node, an import resolved once keeps its answer: a file deleted since is still the loaded module.
  const key = `${parent}\0${specifier}`;
  let found = resolved.get(key);
  if (found === undefined) {
    // The entry point was found by Node's rules for the main module (--preserve-symlinks-main keeps its link).
    const target = parent === null && specifier === mainUrl ? mainFilename : resolveFrom(specifier, parent);
    if (target.startsWith('node:')) found = builtinFace(target);
    else if (target.startsWith('data:')) found = placeDataUrl(target);
    else if (/^(\.{0,2}\/|file:)[^?#]*[?#]/.test(specifier)) found = placeFileUrl(target, specifier, parent);
    else found = prepare(target);
    resolved.set(key, found);
  }
  return found;
}

/**
 * The file, node: URL or data: URL `specifier` names in the module loaded from `parent` (a path, or null). A
 * module loaded from a URL that is not hierarchical (data:) can only name absolute URLs and builtins, as in Node.
 */
function resolveFrom(specifier, parent) {
  if (specifier.startsWith('data:')) return specifier;
  const parentUrl = parent === null ? undefined : placedUrls.get(parent);
  if (parentUrl === undefined || parentUrl.startsWith('file:')) {
    return binding.resolveEsm(specifier, parentUrl === undefined ? parent : fileURLToPath(parentUrl), conditions());
  }
  if (URL.canParse(specifier) || isBuiltin(specifier)) return binding.resolveEsm(specifier, null, conditions());
  const { codes: { ERR_UNSUPPORTED_RESOLVE_REQUEST } } = require('internal/errors');
  throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentUrl);
}

/**
 * A file imported with a query or a fragment: Node keys modules by URL, so an ES module or JSON file gets an
 * instance per URL (a CommonJS file stays one module).
 */
function placeFileUrl(filename, specifier, parent) {
  const base = parent === null ? undefined : placedUrls.get(parent) ?? binding.fileUrl(parent);
  const { search, hash } = new URL(specifier, base ?? binding.fileUrl(filename));
  const url = binding.fileUrl(filename) + search + hash;
  const known = placedModules.get(url);
  if (known !== undefined) return known;
  const format = formatOf(filename);
  if (format !== 'module' && format !== 'json' && format !== 'module-typescript') return prepare(filename);
  return placeLoaded(url, format, binding.readSource(filename));
}

// Node's formats whose modules take no type attribute; a JSON module needs `type: 'json'`.
const implicitTypeFormats = new Set(['builtin', 'commonjs', 'module', 'wasm', 'commonjs-typescript',
  'module-typescript']);

/** Node's check of an import's attributes against the format of the module at `url`. */
function checkAttributes(url, format, attributes = { __proto__: null }) {
  const errors = () => require('internal/errors').codes;
  for (const key of Object.keys(attributes)) {
    if (key !== 'type') throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)(key, attributes[key], url);
  }
  const { type } = attributes;
  if (format === 'json' ? type === 'json' : type === undefined || !implicitTypeFormats.has(format)) return;
  if (format === 'json' && type === undefined) throw new (errors().ERR_IMPORT_ATTRIBUTE_MISSING)(url, 'type', 'json');
  if (type !== 'json') throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', type, url);
  throw new (errors().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(url, type);
}

let requiringModules = 0; // how many require(esm) calls are linking and evaluating a graph right now

/**
 * A graph that require() loads synchronously cannot import a CommonJS module that is still loading (it would see
 * it half-done): ERR_REQUIRE_CYCLE_MODULE, as in Node.
 */
function refuseCommonJsInCycle(filename, specifier, parent) {
  if (!formats.get(filename)?.startsWith('commonjs')) return;
  const loading = Module._cache[filename];
  if (loading === undefined || loading.loaded) return;
  const { codes: { ERR_REQUIRE_CYCLE_MODULE } } = require('internal/errors');
  throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot import CommonJS Module ${specifier} in a cycle.` +
    (parent !== null ? ` (from ${parent})` : ''));
}

const resolved = new Map(); // importer path + "\0" + specifier -> path to load

/** Decides how the file at `filename` loads as a module and serves what GraalJS must read for it. */
function prepare(filename) {
  if (!formats.has(filename)) serveAs(filename, formatOf(filename), null);
  return filename;
}

/** For a file the CommonJS loader or the entry point already found to be an ES module. */
function prepareAsModule(filename) {
  if (!formats.has(filename)) serveAs(filename, cjsLoader.isTypeScript(filename) ? 'module-typescript' : 'module', null);
}

/**
 * The format Node gives the file ('module', 'commonjs', 'json', 'module-typescript', 'commonjs-typescript'):
 * typeless .js and .ts files by their syntax.
 */
function formatOf(filename) {
  const known = formats.get(filename);
  if (known !== undefined) return known;
  const format = binding.esmFormat(filename);
  if (format.includes('typescript') && !cjsLoader.isTypeScript(filename)) {
    const { codes: { ERR_UNKNOWN_FILE_EXTENSION } } = require('internal/errors');
    throw new ERR_UNKNOWN_FILE_EXTENSION(path.extname(filename), filename);
  }
  if (!format.endsWith('-typeless')) return format;
  const typeScript = format.includes('typescript');
  const source = typeScript ? stripTypes(filename, binding.readSource(filename)) : binding.readSource(filename);
  if (!hasModuleSyntax(filename, source)) return typeScript ? 'commonjs-typescript' : 'commonjs';
  warnTypeless(filename);
  return typeScript ? 'module-typescript' : 'module';
}

function stripTypes(filename, source) {
  return require('internal/modules/typescript').stripTypeScriptModuleTypes(source, binding.fileUrl(filename),
    cjsLoader.typeScriptMode());
}

/**
 * Serves what GraalJS must read for `filename` in `format`; `text` is a load hook's source, or null for the
 * file's own. A plain ES module or JSON file from disk needs nothing served.
 */
function serveAs(filename, format, text) {
  switch (format) {
    case 'module':
    case 'json':
      if (text !== null) binding.serveModule(filename, text, format);
      break;
    case 'module-typescript':
      binding.serveModule(filename, stripTypes(filename, text ?? binding.readSource(filename)), 'module');
      break;
    case 'wasm':
      // GraalJS links and instantiates WebAssembly modules itself (its module record for the ESM integration
      // proposal, which Node 24 follows), source phase included; it reads the bytes from the file.
      if (text !== null) unsupportedHookedWasm(binding.fileUrl(filename));
      // Node warns when it instantiates one; the lookup cannot tell a source phase import (which Node does not
      // warn about) from an instance import, so any import of a .wasm warns here.
      require('internal/process/object').emitExperimentalWarning('Importing WebAssembly module instances');
      require('internal/modules/esm/wasm_check').checkWasmModule(require('fs').readFileSync(filename), filename,
        binding.fileUrl(filename));
      binding.serveWasm(filename);
      break;
    case 'commonjs':
    case 'commonjs-typescript': {
      let source = text;
      if (source !== null && format === 'commonjs-typescript') source = stripTypes(filename, source);
      if (source !== null) hookedCommonJs.set(filename, source);
      const analysed = source ?? (format === 'commonjs' ? null : stripTypes(filename, binding.readSource(filename)));
      binding.serveModule(filename, commonJsFace(filename, analysed), 'module');
      break;
    }
    default: {
      const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
      throw new ERR_UNKNOWN_MODULE_FORMAT(format, binding.fileUrl(filename));
    }
  }
  formats.set(filename, format);
  if (format === 'module' || format === 'module-typescript') noteLoadedModule(filename);
}

function unsupportedHookedWasm(url) {
  const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
  throw new ERR_JNODE_UNSUPPORTED(`a load hook's own bytes for the WebAssembly module ${url}`);
}

function hooks() {
  return require('internal/modules/customization_hooks');
}

// Modules loaded from a URL rather than from the file they name (data: URLs, and every module load hooks gave),
// loaded once per URL (and, with hooks, type attribute).
const placedModules = new Map(); // url (+ "\0" + type) -> path to load
const placedUrls = new Map(); // path loaded -> its url, for import.meta.url and for what it imports

// With module.registerHooks() hooks: the resolve chain names a URL, the load chain gives its format and source.
function lookupThroughHooks(parent, specifier, importAttributes) {
  const conditionList = conditions();
  const context = { parentURL: hookedParentUrl(parent), importAttributes, conditions: conditionList };
  const resolved = hooks().withAttributes(hooks().resolveWithHooks(specifier, context, defaultResolve));
  const { url, format } = resolved;
  const attributes = resolved.importAttributes ?? importAttributes;
  // The same URL imported with another type is another module (Node keys its module map so).
  const variant = attributes.type;
  let placed = placedModules.get(variant === undefined ? url : `${url}\0${variant}`);
  if (placed === undefined) {
    const loaded = hooks().loadWithHooks(url, { format, importAttributes: attributes, conditions: conditionList },
      defaultLoad);
    placed = loaded.format === 'wasm' ? placeLoadedWasm(url, loaded.source)
      : placeLoaded(url, loaded.format, hooks().sourceText(loaded.source), variant);
  }
  return placed;
}

// The URL hooks are told an import comes from: a hooked module's own URL, else its file's.
function hookedParentUrl(parent) {
  return parent === null ? undefined : placedUrls.get(parent) ?? binding.fileUrl(parent);
}

// Node's reading of a data: URL's path: a MIME type, parameters, maybe ";base64", a comma, the body.
const dataUrlPattern = /^([^/]+\/[^,;]+)?[^,]*?(;base64)?,([\s\S]*)$/;
const dataUrlFormats = { __proto__: null, 'text/javascript': 'module', 'application/json': 'json', 'application/wasm': 'wasm' };

/** A data: URL's format (null for a MIME type no loader takes), or undefined when it is not a data: URL Node reads. */
function dataUrlFormat(url) {
  const parts = dataUrlPattern.exec(new URL(url).pathname);
  return parts === null ? undefined : dataUrlFormats[parts[1]] ?? null;
}

/** A data: URL's format (null for a MIME type no loader takes) and its body's bytes. */
function readDataUrl(url) {
  const { pathname, search } = new URL(url);
  const parts = dataUrlPattern.exec(pathname + search); // a '?' is part of the body; only a fragment is not
  if (parts === null) {
    const { codes: { ERR_INVALID_URL } } = require('internal/errors');
    throw new ERR_INVALID_URL(url);
  }
  const [, mime = null, base64, body] = parts;
  const { Buffer } = require('buffer');
  return { mime, format: dataUrlFormats[mime] ?? null, source: Buffer.from(decodeURIComponent(body), base64 ? 'base64' : 'latin1') };
}

/** Serves the module a data: URL holds. */
function placeDataUrl(specifier) {
  const url = new URL(specifier).href;
  const known = placedModules.get(url);
  if (known !== undefined) return known;
  const { mime, format, source } = readDataUrl(url);
  if (format === null) {
    const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  return format === 'wasm' ? placeLoadedWasm(url, source) : placeLoaded(url, format, source.toString());
}

function defaultResolve(specifier, context) {
  if (specifier.startsWith('data:')) {
    const url = new URL(specifier).href;
    return { __proto__: null, url, format: dataUrlFormat(url) ?? undefined, importAttributes: undefined };
  }
  const parentURL = context?.parentURL;
  const parent = typeof parentURL === 'string' && parentURL.startsWith('file:') ? fileURLToPath(parentURL) : null;
  const resolved = binding.resolveEsm(specifier, parent, context?.conditions ?? conditions());
  // As Node's: a null-prototype result, no format for a specifier already written as a node: URL, no attributes
  if (resolved.startsWith('node:')) {
    const format = specifier.startsWith('node:') ? undefined : 'builtin';
    return { __proto__: null, url: resolved, format, importAttributes: undefined };
  }
  return { __proto__: null, url: binding.fileUrl(resolved), format: resolvedFormat(resolved), importAttributes: undefined };
}

// A file whose package names no type is left open (null), as Node's resolve does: loading detects it. An unknown
// extension is the load step's error (a hook may still name the format), not the resolve step's.
function resolvedFormat(filename) {
  try {
    return binding.esmFormat(filename).endsWith('-typeless') ? null : formatOf(filename);
  } catch (error) {
    if (error?.code === 'ERR_UNKNOWN_FILE_EXTENSION') return undefined;
    throw error;
  }
}

function defaultLoad(url, context) {
  const loaded = loadUrl(url, context);
  checkAttributes(url, loaded.format, context?.importAttributes);
  return loaded;
}

function loadUrl(url, context) {
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  if (url.startsWith('data:')) {
    const { mime, format, source } = readDataUrl(url);
    if (format === null && context?.format == null) {
      const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
      throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
    }
    return { format: context?.format ?? format, responseURL: url, source };
  }
  if (!url.startsWith('file:')) {
    const { codes: { ERR_UNSUPPORTED_ESM_URL_SCHEME } } = require('internal/errors');
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url));
  }
  const filename = fileURLToPath(url);
  return { format: context?.format ?? formatOf(filename), responseURL: url, source: require('fs').readFileSync(filename) };
}

/**
 * Serves what a load hook (or a data: URL) produced and answers the path GraalJS loads it from; `variant` is the
 * type attribute it was imported with, if any.
 */
function placeLoaded(url, format, source, variant) {
  if (format === 'builtin') return builtinFace(url);
  // A file: URL with a query or fragment, or imported with a type, is a module of its own, served apart from its
  // file (but a CommonJS module is the file's).
  const ownFile = url.startsWith('file:') && ((!/[?#]/.test(url) && variant === undefined) ||
    format?.startsWith('commonjs'));
  const filename = ownFile ? fileURLToPath(url)
    : `${VIRTUAL_ROOT}url/${encodeURIComponent(url)}${variant === undefined ? '' : `/${encodeURIComponent(variant)}`}`;
  serveAs(filename, format, source ?? binding.readSource(fileURLToPath(url)));
  notePlaced(variant === undefined ? url : `${url}\0${variant}`, url, filename);
  return filename;
}

function notePlaced(key, url, filename) {
  placedModules.set(key, filename);
  placedUrls.set(filename, url);
}

/** A WebAssembly module a load hook answered: only the file's own bytes can be loaded. */
function placeLoadedWasm(url, source) {
  if (!url.startsWith('file:')) unsupportedHookedWasm(url);
  const filename = fileURLToPath(url);
  if (source != null && !require('buffer').Buffer.from(source).equals(require('fs').readFileSync(filename))) {
    unsupportedHookedWasm(url);
  }
  serveAs(filename, 'wasm', null);
  notePlaced(url, url, filename);
  return filename;
}

// CommonJS sources a load hook gave, for the CommonJS loader to compile instead of the file.
const hookedCommonJs = new Map();

function hasHookedSource(filename) {
  return hookedCommonJs.has(filename);
}

/** The source a load hook gave for the CommonJS file `filename` (once), or undefined. */
function takeHookedSource(filename) {
  const text = hookedCommonJs.get(filename);
  hookedCommonJs.delete(filename);
  return text;
}

// SyntaxErrors of CommonJS code that only an ES module may contain (V8's words; the engine rewords GraalJS's).
const moduleOnlySyntax = new RegExp("^(Cannot use import statement outside a module|Unexpected token 'export'|" +
  "Cannot use 'import\\.meta' outside a module)$");
// SyntaxErrors of code that may be a valid ES module: a name the CommonJS wrapper declares declared again, or
// top-level await, which V8 reports in several ways (`f(await x)` is a "missing )", `if (await x)` an "Unexpected").
const maybeModuleSyntax = new RegExp("^(Identifier '(require|module|exports|__filename|__dirname)' has already been " +
  'declared|await is only valid in async functions|missing \\) after argument list|Unexpected)');

/** Whether a SyntaxError of `source` compiled as CommonJS makes Node try it as an ES module. */
function retriesAsModule(err, source) {
  if (!(err instanceof SyntaxError)) return false;
  return moduleOnlySyntax.test(err.message) || (maybeModuleSyntax.test(err.message) && natives.parsesAsModule(source));
}

const commonJsGlobalNotDefined = /^(require|module|exports|__filename|__dirname) is not defined$/;

/**
 * Node's explanation of a CommonJS name used in an ES module: the ReferenceError of the graph imported from
 * `root` (its entry file) says "in ES module scope", and why a .js file is an ES module. A graph with top-level
 * await may have been meant as CommonJS: Node says the format is ambiguous instead.
 */
function explainCommonJsGlobal(err, root, awaitsAtTopLevel = false) {
  if (!(err instanceof ReferenceError) || !commonJsGlobalNotDefined.test(err.message)) return;
  if (awaitsAtTopLevel) {
    err.message = "Cannot determine intended module format because both 'require' and top-level await are " +
      'present. If the code is intended to be CommonJS, wrap await in an async function. If the code is intended ' +
      'to be an ES module, replace require() with import.';
    err.code = 'ERR_AMBIGUOUS_MODULE_SYNTAX';
    return;
  }
  let message = `${err.message} in ES module scope`;
  if (message.startsWith('require ')) message += ', you can use import instead';
  if (root.endsWith('.js') && binding.esmFormat(root) === 'module') {
    message += "\nThis file is being treated as an ES module because it has a '.js' file extension and " +
      `'${binding.packageScope(root)}' contains "type": "module". To treat it as a CommonJS script, rename it to ` +
      "use the '.cjs' file extension.";
  }
  err.message = message;
}

/**
 * Node 24's syntax detection for files no package "type" covers: CommonJS unless compiling it as such fails on
 * syntax only a module may have (import/export statements, import.meta, top-level await).
 */
function hasModuleSyntax(filename, source) {
  try {
    natives.compileFunction(filename, source.startsWith('#!') ? `//${source.slice(2)}` : source,
      'exports, require, module, __filename, __dirname');
    return false;
  } catch (err) {
    return retriesAsModule(err, source);
  }
}

const typelessScopesWarned = new Set();

/** Node's warning for a file found to be an ES module in a package whose package.json has no "type". */
function warnTypeless(filename) {
  const scope = binding.packageScope(filename);
  // Once per package.json, however many of its files turn out to be modules.
  if (scope === null || filename.includes('/node_modules/') || typelessScopesWarned.has(scope)) return;
  typelessScopesWarned.add(scope);
  process.emitWarning(`Module type of ${binding.fileUrl(filename)} is not specified and it doesn't parse as ` +
    'CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope}.`, 'Warning', 'MODULE_TYPELESS_PACKAGE_JSON');
}

// A module's namespace keys as export clauses; names need not be identifiers. Each is a local `e<i>`.
function exportClause(names, valueOf) {
  let locals = '';
  const clauses = [];
  names.forEach((name, i) => {
    locals += `let e${i} = ${valueOf(JSON.stringify(name))};\n`;
    clauses.push(`e${i} as ${JSON.stringify(name)}`);
  });
  return `${locals}export { ${clauses.join(', ')} };\n`;
}

const builtinFacePaths = new Map(); // face path -> node: URL

function builtinFace(url) {
  if (!isBuiltin(url)) {
    const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
  }
  const id = url.slice(5);
  const facePath = `${VIRTUAL_ROOT}builtin/${id}`;
  if (!builtinFacePaths.has(facePath)) {
    builtinFacePaths.set(facePath, url);
    const exports = requireBuiltin(id);
    const names = Object.keys(exports).filter((name) => name !== 'default');
    // The named exports are live: syncBuiltinESMExports() sets them to the builtin's properties again.
    const refresh = names.map((name, i) => `e${i} = m[${JSON.stringify(name)}];`).join(' ');
    binding.serveModule(facePath, `import { load } from ${JSON.stringify(internalPath)};\n` +
      `const m = load('builtin', ${JSON.stringify(id)});\nexport default m;\n` +
      exportClause(names, (name) => `m[${name}]`) + `load('sync', () => { ${refresh} });\n`, 'module');
  }
  return facePath;
}

function commonJsFace(filename, text) {
  const names = commonJsExportNames(filename, text, new Set());
  names.delete('default');
  names.delete('module.exports');
  return `import { load } from ${JSON.stringify(internalPath)};\n` +
    `const m = load('commonjs', ${JSON.stringify(filename)});\nexport default m;\n` +
    exportClause([...names], (name) => `m == null ? undefined : m[${name}]`) +
    'export { m as "module.exports" };\n';
}

/** The names Node finds by static analysis of a CommonJS file and of the files it re-exports. */
function commonJsExportNames(filename, text, seen) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  const [exports, reexports] = binding.commonJsExports(filename, text);
  for (let i = 0; i < exports.length; i++) names.add(exports[i]);
  for (let i = 0; i < reexports.length; i++) {
    const specifier = reexports[i];
    let target;
    try {
      target = Module._resolveFilename(specifier, fakeParent(filename), false);
    } catch {
      continue;
    }
    if (isBuiltin(target) || !target.startsWith('/')) continue;
    const format = formats.get(target) ?? binding.esmFormat(target);
    if (format.startsWith('commonjs')) {
      for (const name of commonJsExportNames(target, null, seen)) names.add(name);
    }
  }
  return names;
}

function fakeParent(filename) {
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  return parent;
}

const builtinRefreshers = [];

// What the faces call when they evaluate.
function loadForFace(kind, arg) {
  if (kind === 'builtin') return requireBuiltin(arg);
  if (kind === 'sync') return void builtinRefreshers.push(arg);
  return cjsLoader.loadForImport(arg);
}

/** module.syncBuiltinESMExports(): named exports of builtins imported so far take their properties' values. */
function syncBuiltinESMExports() {
  for (const refresh of builtinRefreshers) refresh();
}

// import.meta, filled in Node's key order the first time a module reads it.
function initImportMeta(meta, filename) {
  if (typeof filename !== 'string') {
    // A vm.SourceTextModule (filename is its record's handle): its own initializeImportMeta, if any, fills it.
    require('internal/vm/module').initializeImportMeta(meta, filename);
    return;
  }
  if (filename === internalPath) {
    meta.load = loadForFace;
    return;
  }
  const isFile = filename.startsWith('/') && !filename.startsWith(VIRTUAL_ROOT);
  const url = placedUrls.get(filename) ?? (isFile ? binding.fileUrl(filename) : filename);
  if (url.startsWith('file:')) {
    const file = fileURLToPath(url);
    meta.dirname = path.dirname(file);
    meta.filename = file;
  }
  meta.main = filename === mainFilename;
  meta.resolve = function resolve(specifier) {
    return resolveForMeta(`${specifier}`, isFile || placedUrls.has(filename) ? filename : null);
  };
  meta.url = url;
}

// import.meta.resolve answers a URL even for a file that does not exist or is a directory, as Node does; resolve
// hooks (registerHooks and register) see its requests as they see imports.
function resolveForMeta(specifier, parent) {
  try {
    if (cjsLoader.hasHooks()) {
      const context = { parentURL: hookedParentUrl(parent), importAttributes: {}, conditions: conditions() };
      return hooks().resolveWithHooks(specifier, context, defaultResolve).url;
    }
    const resolved = resolveFrom(specifier, parent);
    return resolved.startsWith('node:') || resolved.startsWith('data:') ? resolved : binding.fileUrl(resolved);
  } catch (err) {
    if ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && err.url) return err.url;
    throw err;
  }
}

// ES module -> filename of the module whose require() of it is still evaluating it.
const requiring = new Map();

/** A require() of an ES module that an outer require() is still evaluating: Node refuses the cycle. */
function checkRequireCycle(filename) {
  if (!requiring.has(filename)) return;
  const { codes: { ERR_REQUIRE_CYCLE_MODULE } } = require('internal/errors');
  throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle. (from ${requiring.get(filename)})`);
}

/** require(esm): evaluates the module now and returns its namespace (ERR_REQUIRE_ASYNC_MODULE for a pending graph). */
function requireModule(filename, parent) {
  install();
  checkRequireCycle(filename);
  prepareAsModule(filename);
  requiring.set(filename, parent?.filename);
  let ns;
  try {
    ns = evaluateNow(binding.fileUrl(filename), filename, parent);
  } finally {
    requiring.delete(filename);
  }
  if (!('default' in ns) || '__esModule' in ns) return ns;
  // A module with a default export comes back marked __esModule, so that transpiled CommonJS code reading
  // .default gets it, as in Node: the namespace of a module re-exporting it all, plus that flag.
  const markedPath = `${VIRTUAL_ROOT}require${filename}`;
  if (!binding.isServedModule(markedPath)) {
    const from = JSON.stringify(binding.fileUrl(filename));
    binding.serveModule(markedPath, `export * from ${from};\nexport { default } from ${from};\n` +
      'export const __esModule = true;\n', 'module');
  }
  return evaluateNow(markedPath, filename, parent);
}

function evaluateNow(specifier, filename, parent) {
  requiringModules++;
  let result;
  try {
    result = natives.requireModule(specifier);
  } finally {
    requiringModules--;
  }
  if (result === null) {
    const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_JNODE_UNSUPPORTED('require() of an ES module without access to GraalJS\'s module records');
  }
  const [evaluation, value] = result;
  if (evaluation === null) throw value; // loading or linking failed
  if (evaluation === 'cycle') { // an import is evaluating it (ESM -> CommonJS -> require(esm))
    const { codes: { ERR_REQUIRE_CYCLE_MODULE } } = require('internal/errors');
    throw new ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle. (from ${parent?.filename}) ` +
      'A cycle involving require(esm) is not allowed to maintain invariants mandated by the ECMAScript ' +
      'specification. Try making at least part of the dependency in the graph lazily loaded.');
  }
  if (evaluation === false) { // a module of the graph awaits at top level
    const { codes: { ERR_REQUIRE_ASYNC_MODULE } } = require('internal/errors');
    throw new ERR_REQUIRE_ASYNC_MODULE(filename, parent?.filename);
  }
  // Without top-level await, the graph's evaluation settled at once; require() answers for its rejection.
  const [state, reason] = internalBinding('util').promiseState(evaluation);
  if (state === 2) {
    evaluation.then(undefined, () => {});
    explainCommonJsGlobal(reason, filename);
    require('internal/process/task_queues').noteRethrownRejection(reason);
    throw reason;
  }
  return value;
}

/** Runs the main module as an ES module: its errors are uncaught exceptions, an unsettled await exits with 13. */
function runMain(filename) {
  // Node's ES module loader refuses an entry file under --input-type (a CommonJS entry ignores the option).
  if (getOptionValue('--input-type') !== undefined) {
    const { codes: { ERR_INPUT_TYPE_NOT_ALLOWED } } = require('internal/errors');
    throw new ERR_INPUT_TYPE_NOT_ALLOWED();
  }
  install();
  mainFilename = filename;
  // Node's loader decides the entry's format (ERR_UNKNOWN_FILE_EXTENSION for a .txt one); a .wasm entry point, or
  // an extensionless one starting with wasm's magic number, is a WebAssembly module.
  if (!formats.has(filename) && binding.esmFormat(filename) === 'wasm') prepare(filename);
  else prepareAsModule(filename);
  mainUrl = binding.fileUrl(filename);
  importAsEntry(mainUrl, filename);
}

/** Evaluates `code` as an ES module named `name` in the current directory (-e with --input-type=module). */
function evalModule(name, code) {
  install();
  const filename = path.join(process.cwd(), name);
  mainFilename = filename;
  binding.serveModule(filename, code, 'module');
  formats.set(filename, 'module');
  importAsEntry(filename, filename);
}

// The 'exit' listener that reports an entry module whose top-level await never settled; process.exit() removes it.
let unsettledAwaitCheck = null;

function importAsEntry(specifier, filename) {
  const onExit = () => {
    unsettledAwaitCheck = null;
    // As Node: an exit code the program chose stands, and no warning; otherwise 13.
    if (process.exitCode !== undefined && process.exitCode !== 0) return;
    // Node also shows the line of the await that never settled; GraalJS does not tell which one it is.
    // Only --no-warnings silences it (Node prints it from C++, past NODE_NO_WARNINGS).
    if (getOptionValue('--no-warnings') !== true) {
      internalBinding('process').writeString(2,
        `Warning: Detected unsettled top-level await at ${binding.fileUrl(filename)}\n\n\n\n`);
    }
    process.exitCode = 13;
  };
  const settle = () => {
    process.removeListener('exit', onExit);
    unsettledAwaitCheck = null;
  };
  unsettledAwaitCheck = onExit;
  process.on('exit', onExit);
  import(specifier).then(settle, (err) => {
    settle();
    explainCommonJsGlobal(err, filename, natives.awaitsAtTopLevel(specifier));
    require('internal/process/task_queues').reportRejectionAsUncaught(err);
  });
}

/** process.exit() is no unsettled top-level await, whatever the entry module still awaits. */
function cancelUnsettledAwaitCheck() {
  if (unsettledAwaitCheck !== null) process.removeListener('exit', unsettledAwaitCheck);
  unsettledAwaitCheck = null;
}

/** Dynamic import() as the loader does it for jnode's own code (a URL or absolute path). */
function importModule(specifier) {
  install();
  return import(specifier);
}

module.exports = {
  install, lookup, requireModule, checkRequireCycle, hasHookedSource, takeHookedSource, syncBuiltinESMExports, runMain,
  evalModule, importModule, hasModuleSyntax, cancelUnsettledAwaitCheck, warnTypeless, retriesAsModule,
  // The last step of module.register()'s chains, on the hooks thread.
  defaultResolve, defaultLoad,
};

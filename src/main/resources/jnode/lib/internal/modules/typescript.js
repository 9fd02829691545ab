'use strict';
// TypeScript type stripping, as Node 24 does it by default: module.stripTypeScriptTypes, and
// stripTypeScriptModuleTypes for the loaders (.ts, .mts, .cts files). The work is Java's
// (internalBinding('module').stripTypeScriptTypes, on swc's own parser); this file is Node's API around it.

const { validateBoolean, validateObject, validateOneOf, validateString } = require('internal/validators');
const { codes: { ERR_JNODE_UNSUPPORTED, ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING } } =
  require('internal/errors');
const { emitExperimentalWarning } = require('internal/process/object');
const { pathToFileURL } = require('internal/url');

const binding = internalBinding('module');
const MODES = ['strip', 'transform'];

// Node marks stripped code with its origin, so that V8 names the script after it.
function withSourceUrl(code, sourceUrl) {
  return sourceUrl ? `${code}\n\n//# sourceURL=${sourceUrl}` : code;
}

function stripTypeScriptTypes(code, options = {}) {
  emitExperimentalWarning('stripTypeScriptTypes');
  validateString(code, 'code');
  validateObject(options, 'options');
  const mode = options.mode === undefined ? 'strip' : options.mode;
  const sourceMap = options.sourceMap === undefined ? false : options.sourceMap;
  const sourceUrl = options.sourceUrl === undefined ? '' : options.sourceUrl;
  // Node's order of checks decides which error a call with several bad options gets.
  validateOneOf(mode, 'options.mode', MODES);
  validateBoolean(sourceMap, 'options.sourceMap');
  validateString(sourceUrl, 'options.sourceUrl');
  if (mode === 'strip') validateOneOf(sourceMap, 'options.sourceMap', [false, undefined]);
  if (sourceMap) throw new ERR_JNODE_UNSUPPORTED('A source map of transformed TypeScript');
  return withSourceUrl(binding.stripTypeScriptTypes(code, mode, sourceUrl), sourceUrl);
}

// A TypeScript module file's JavaScript ('strip' or 'transform'). Node refuses packages' files: they must ship
// JavaScript (its error names the file as the loader knows it: a path from require, a file: URL from import).
// `sourceUrl` names the script in stacks and heads error excerpts: Node uses the file's URL for both.
function stripTypeScriptModuleTypes(source, filename, mode = 'strip', sourceUrl = fileUrl(filename)) {
  if (filename.includes('/node_modules/')) throw new ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
  return withSourceUrl(binding.stripTypeScriptTypes(source, mode, sourceUrl), sourceUrl);
}

function fileUrl(filename) {
  return filename.startsWith('file:') ? filename : pathToFileURL(filename).href;
}

module.exports = { stripTypeScriptTypes, stripTypeScriptModuleTypes };

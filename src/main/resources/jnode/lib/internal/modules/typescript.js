'use strict';
// TypeScript type stripping, as Node 24 does it by default: module.stripTypeScriptTypes, and
// stripTypeScriptModuleTypes for the loaders (.ts, .mts, .cts files). The work is Java's
// (internalBinding('module').stripTypeScriptTypes, on swc's own parser); this file is Node's API around it.

const { validateBoolean, validateObject, validateOneOf, validateString } = require('internal/validators');
const { codes: { ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING } } = require('internal/errors');
const { emitExperimentalWarning } = require('internal/process/object');

const binding = internalBinding('module');

// Node marks stripped code with its origin, so that V8 names the script after it.
function withSourceUrl(code, sourceUrl) {
  return sourceUrl ? `${code}\n\n//# sourceURL=${sourceUrl}` : code;
}

function stripTypeScriptTypes(code, options = {}) {
  emitExperimentalWarning('stripTypeScriptTypes');
  validateString(code, 'code');
  validateObject(options, 'options');
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  validateBoolean(sourceMap, 'options.sourceMap');
  validateString(sourceUrl, 'options.sourceUrl');
  if (mode === 'strip') validateOneOf(sourceMap, 'options.sourceMap', [false, undefined]);
  return withSourceUrl(binding.stripTypeScriptTypes(code, mode, sourceUrl), sourceUrl);
}

// A TypeScript module file's JavaScript. Node refuses to strip packages' files: they must ship JavaScript.
function stripTypeScriptModuleTypes(source, filename) {
  if (filename.includes('/node_modules/')) throw new ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(filename);
  return withSourceUrl(binding.stripTypeScriptTypes(source, 'strip', filename), filename);
}

module.exports = { stripTypeScriptTypes, stripTypeScriptModuleTypes };

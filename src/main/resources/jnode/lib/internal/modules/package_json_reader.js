'use strict';
// module.findPackageJSON: the package.json that governs a file, or the one of a package named by a bare specifier.

const path = require('path');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');
const { codes: { ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_RESOLVE_REQUEST, ERR_INVALID_ARG_TYPE } } =
  require('internal/errors');

const binding = internalBinding('module');

function findPackageJSON(specifier, base = 'data:') {
  if (specifier instanceof URL) specifier = specifier.href;
  if (typeof specifier !== 'string') throw new ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  const baseUrl = typeof base === 'string' && path.isAbsolute(base) ? pathToFileURL(base).href : `${base}`;
  const basePath = baseUrl.startsWith('file:') ? fileURLToPath(baseUrl) : baseUrl;
  const isPathLike = specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..' || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier);
  if (isPathLike) {
    let target;
    try {
      target = new URL(specifier, baseUrl);
    } catch {
      throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, baseUrl);
    }
    const file = fileURLToPath(target);
    if (binding.stat(file) < 0) throw new ERR_MODULE_NOT_FOUND(`Cannot find module '${file}' imported from ${basePath}`);
    return binding.packageScope(file) ?? undefined;
  }
  // A bare specifier names a package: its own package.json, whatever its "exports" say.
  const name = specifier.startsWith('@') ? specifier.split('/', 2).join('/') : specifier.split('/', 1)[0];
  for (let dir = path.dirname(basePath); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (binding.stat(candidate) === 0) return candidate;
    if (dir === '/' || dir === '.') break;
  }
  throw new ERR_MODULE_NOT_FOUND(`Cannot find package '${name}' imported from ${basePath}`);
}

module.exports = { findPackageJSON };

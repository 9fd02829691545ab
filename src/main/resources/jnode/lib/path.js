'use strict';
// node:path on Linux: the POSIX flavour, and path.win32 built lazily by internal/path/win32.

const { validateString, validateObject } = require('internal/validators');

// Resolves "." and ".." among path segments; keeps leading ".." when the path is relative.
function normalizeSegments(segments, allowAboveRoot) {
  const out = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out;
}

// The extension of a final path component: from its last dot, unless that dot starts the name or the
// name is "..".
function extOfBase(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

// basename's suffix rule, shared by both flavours: a suffix equal to the name removes it only when
// the name is the whole path (basename('a', 'a') is '', basename('x/a', 'a') is 'a').
function stripSuffix(base, suffix, baseIsWholePath) {
  if (suffix === undefined || suffix.length === 0) return base;
  if (base === suffix) return baseIsWholePath ? '' : base;
  return base.endsWith(suffix) ? base.slice(0, base.length - suffix.length) : base;
}

// path.format: the folder ("dir", else "root") and the file ("base", else name and extension); only a folder
// that is more than the bare root needs a separator before the file.
function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const { root, dir, base, name, ext } = pathObject;
  const file = base || [name || '', formatExt(ext)].join('');
  const folder = dir || root;
  if (!folder) return file;
  return [folder, folder === root ? '' : sep, file].join('');
}

// A POSIX path as segments: "." and ".." resolved, empty ones dropped. A rooted path cannot climb above "/".
function resolvedSegments(path, rooted) {
  return normalizeSegments(path.split('/'), !rooted);
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    // Later arguments win; the first rooted one (from the right) ends the search, else the cwd roots it.
    const pieces = [];
    for (const [index, piece] of args.entries()) {
      validateString(piece, `paths[${index}]`);
      if (piece.length > 0) pieces.push(piece);
    }
    let start = pieces.findLastIndex((piece) => piece[0] === '/');
    if (start === -1) {
      pieces.unshift(process.cwd());
      start = 0;
    }
    const segments = resolvedSegments(pieces.slice(start).join('/'), true);
    return `/${segments.join('/')}`;
  },

  normalize(path) {
    validateString(path, 'path');
    if (path === '') return '.';
    const rooted = path[0] === '/';
    const body = resolvedSegments(path, rooted).join('/');
    const slash = path.endsWith('/') ? '/' : '';
    if (rooted) return body === '' ? '/' : `/${body}${slash}`;
    return body === '' ? `.${slash}` : `${body}${slash}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.startsWith('/');
  },

  join(...args) {
    for (const arg of args) validateString(arg, 'path');
    const joined = args.filter((arg) => arg !== '').join('/');
    return joined === '' ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromParts = resolvedSegments(posix.resolve(from), true);
    const toParts = resolvedSegments(posix.resolve(to), true);
    let common = 0;
    while (common < fromParts.length && fromParts[common] === toParts[common]) common++;
    return [...fromParts.slice(common).fill('..'), ...toParts.slice(common)].join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const end = lengthWithoutTrailingSlashes(path);
    const lastSlash = path.lastIndexOf('/', end - 1);
    if (lastSlash === -1) return path[0] === '/' ? '/' : '.';
    if (end === 0 || lastSlash === 0) return '/';
    // A leading "//" is left to the implementation by POSIX: Node keeps it.
    if (lastSlash === 1 && path[0] === '/') return '//';
    return path.slice(0, lastSlash);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const end = lengthWithoutTrailingSlashes(path);
    // With a suffix, a path made only of slashes comes back whole (Node's behaviour).
    if (end === 0) return suffix ? path : '';
    const start = path.lastIndexOf('/', end - 1) + 1;
    return stripSuffix(path.slice(start, end), suffix, start === 0 && end === path.length);
  },

  extname(path) {
    validateString(path, 'path');
    return extOfBase(posix.basename(path));
  },

  format(pathObject) {
    return formatWith('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const root = path[0] === '/' ? '/' : '';
    const end = lengthWithoutTrailingSlashes(path);
    const lastSlash = path.lastIndexOf('/', end - 1);
    const base = path.slice(lastSlash + 1, end);
    // Node's quirk: right under the root, ".." parses as name "." with extension ".".
    const ext = base === '..' && lastSlash === 0 ? '.' : extOfBase(base);
    const dir = lastSlash > 0 ? path.slice(0, lastSlash) : root;
    return { root, dir, base, ext, name: base.slice(0, base.length - ext.length) };
  },

  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return require('internal/fs/glob_pattern').matchesGlob(path, pattern);
  },
};

function lengthWithoutTrailingSlashes(path) {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return end;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

posix.posix = posix;
posix._makeLong = posix.toNamespacedPath;
// Built on first use: most programs on Linux never touch Windows paths.
let win32;
Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    win32 ??= require('internal/path/win32')({ normalizeSegments, extOfBase, stripSuffix, formatWith, posix });
    return win32;
  },
});

module.exports = posix;

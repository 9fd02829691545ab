'use strict';
// node:path on Linux: the POSIX flavour, and path.win32 built lazily by internal/path/win32.

const { validateString, validateObject } = require('internal/validators');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

const SLASH = 47;

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

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved.split('/'), !absolute).join('/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path.split('/'), !absolute).join('/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
      common++;
    }
    const up = fromParts.slice(common).map(() => '..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
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
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === SLASH;
    if (isAbsolute) ret.root = '/';
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
    if (isAbsolute && end === 1) {
      ret.dir = '/';
      return ret;
    }
    const trimmed = path.slice(0, end);
    const lastSlash = trimmed.lastIndexOf('/');
    ret.base = trimmed.slice(lastSlash + 1);
    const ext = posix.extname(ret.base);
    ret.ext = ext;
    ret.name = ext ? ret.base.slice(0, ret.base.length - ext.length) : ret.base;
    if (lastSlash > 0) ret.dir = trimmed.slice(0, lastSlash);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob() {
    throw new ERR_JNODE_UNSUPPORTED('path.matchesGlob');
  },
};

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

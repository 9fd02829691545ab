'use strict';
// path.win32: Windows path rules on any platform. Both "\" and "/" separate; output uses "\".
// Every function starts from splitRoot(), which knows the three kinds of root Windows has:
// a drive ("C:" relative to that drive's current folder, "C:\" absolute), a UNC share
// ("\\server\share", also "\\?\C:" and "\\.\pipe"), and a bare leading separator.

const { validateString } = require('internal/validators');

const SEPARATOR = /[\\/]/;
const SEPARATORS = /[\\/]+/;
// DOS device names: "CON:x" names a device, never a file, so normalize must not make it one.
const RESERVED_DEVICE = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3])$/i;

function isSeparator(code) {
  return code === 47 || code === 92;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// -> { device, absolute, end }: device is "C:", "\\server\share" (separators made "\") or "";
// end is where the part after the root starts (just past one separator for an absolute root).
// For normalize and resolve (namespaced = true), "\\?\" and "\\.\" followed by a name are a
// device namespace whose whole rest is the path; dirname and parse read "?" as a server name.
function splitRoot(path, namespaced = false) {
  const length = path.length;
  if (length === 0) return { device: '', absolute: false, end: 0 };
  if (namespaced && /^[\\/]{2}[?.][\\/]+[^\\/]/.test(path)) {
    return { device: `\\\\${path[2]}`, absolute: true, end: 4 };
  }
  if (isSeparator(path.charCodeAt(0))) {
    const unc = length > 2 && isSeparator(path.charCodeAt(1)) ? splitUncRoot(path) : null;
    return unc ?? { device: '', absolute: true, end: 1 };
  }
  if (length >= 2 && path.charCodeAt(1) === 58 && isDriveLetter(path.charCodeAt(0))) {
    const absolute = length > 2 && isSeparator(path.charCodeAt(2));
    return { device: path.slice(0, 2), absolute, end: absolute ? 3 : 2 };
  }
  return { device: '', absolute: false, end: 0 };
}

// "\\server\share" needs both names; "\\server" alone is only a rooted path.
function splitUncRoot(path) {
  const length = path.length;
  let serverEnd = 2;
  while (serverEnd < length && !isSeparator(path.charCodeAt(serverEnd))) serverEnd++;
  if (serverEnd === 2 || serverEnd === length) return null;
  let shareStart = serverEnd;
  while (shareStart < length && isSeparator(path.charCodeAt(shareStart))) shareStart++;
  let shareEnd = shareStart;
  while (shareEnd < length && !isSeparator(path.charCodeAt(shareEnd))) shareEnd++;
  if (shareEnd === shareStart) return null;
  return {
    device: `\\\\${path.slice(2, serverEnd)}\\${path.slice(shareStart, shareEnd)}`,
    absolute: true,
    end: shareEnd === length ? shareEnd : shareEnd + 1,
  };
}

// A relative path whose first segment is "CON:" and the like.
function reservedDevicePrefix(path) {
  const colon = path.indexOf(':');
  if (colon <= 0) return null;
  const name = path.slice(0, colon);
  if (SEPARATOR.test(name) || !RESERVED_DEVICE.test(name)) return null;
  return path.slice(0, colon + 1);
}

function hasReservedDeviceSegment(path) {
  return path.split(SEPARATORS).some((segment) => reservedDevicePrefix(segment) !== null);
}

module.exports = function makeWin32({ normalizeSegments, extOfBase, stripSuffix, formatWith, posix }) {
  function normalizedTail(rest, allowAboveRoot) {
    return normalizeSegments(rest.split(SEPARATORS), allowAboveRoot).join('\\');
  }

  const win32 = {
    sep: '\\',
    delimiter: ';',

    resolve(...args) {
      args.forEach((arg, index) => validateString(arg, `paths[${index}]`));
      let device = '';
      let tail = '';
      let absolute = false;
      // From the last argument backwards, then the current folder of whatever drive was named.
      const take = (path) => {
        const root = splitRoot(path, true);
        if (root.device !== '' && device !== '' && root.device.toLowerCase() !== device.toLowerCase()) {
          return false; // another drive's path says nothing about this one
        }
        if (device === '') device = root.device;
        if (!absolute) {
          tail = `${path.slice(root.end)}\\${tail}`;
          absolute = root.absolute;
        }
        return absolute && device !== '';
      };
      const done = args.findLast((arg) => arg !== '' && take(arg)) !== undefined;
      if (!done) take(currentFolderOf(device));
      tail = normalizedTail(tail, !absolute);
      if (absolute) return `${device}\\${tail}`;
      return `${device}${tail}` || '.';
    },

    normalize(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const trailingSeparator = isSeparator(path.charCodeAt(path.length - 1));
      const root = splitRoot(path, true);
      if (root.device === '' && !root.absolute) {
        const reserved = reservedDevicePrefix(path);
        if (reserved !== null) {
          const rest = normalizedTail(path.slice(reserved.length), true) || '.';
          return `.\\${reserved}${rest}${trailingSeparator ? '\\' : ''}`;
        }
      }
      let tail = normalizedTail(path.slice(root.end), !root.absolute);
      if (tail === '' && !root.absolute) tail = '.';
      if (tail !== '' && trailingSeparator) tail += '\\';
      // A leading "X:" or a colon ending a segment would read as a drive or a stream: keep the
      // path relative.
      if (root.device === '' && !root.absolute && /^[a-zA-Z]:|:(?:\\|$)/.test(tail)) tail = `.\\${tail}`;
      return `${root.device}${root.absolute ? '\\' : ''}${tail}`;
    },

    isAbsolute(path) {
      validateString(path, 'path');
      return splitRoot(path).absolute;
    },

    join(...args) {
      const parts = [];
      for (const arg of args) {
        validateString(arg, 'path');
        if (arg.length > 0) parts.push(arg);
      }
      if (parts.length === 0) return '.';
      let joined = parts.join('\\');
      // Only a first part that itself starts like "\\server" may produce a UNC root; otherwise
      // separators gathered at the start (e.g. join('/', '//x')) collapse into one.
      const first = parts[0];
      const startsUnc = first.length > 2 && isSeparator(first.charCodeAt(0)) &&
        isSeparator(first.charCodeAt(1)) && !isSeparator(first.charCodeAt(2));
      if (!startsUnc) joined = joined.replace(/^[\\/]{2,}/, '\\');
      // Node leaves joins that name a DOS device un-normalized, separators aside.
      if (hasReservedDeviceSegment(joined)) return joined.replace(/\//g, '\\');
      return win32.normalize(joined);
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      const source = win32.resolve(from);
      const target = win32.resolve(to);
      if (source.toLowerCase() === target.toLowerCase()) return '';
      const fromParts = source.split('\\').filter(Boolean);
      const toParts = target.split('\\').filter(Boolean);
      let common = 0;
      while (common < fromParts.length && common < toParts.length &&
             fromParts[common].toLowerCase() === toParts[common].toLowerCase()) {
        common++;
      }
      if (common === 0) return target; // different drives or shares
      return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('\\');
    },

    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const resolved = win32.resolve(path);
      if (resolved.length <= 2) return path;
      if (resolved.startsWith('\\\\')) {
        const third = resolved[2];
        return third === '?' || third === '.' ? resolved : `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
      return /^[a-zA-Z]:\\/.test(resolved) ? `\\\\?\\${resolved}` : resolved;
    },

    dirname(path) {
      validateString(path, 'path');
      const root = splitRoot(path);
      const lastSeparator = lastSeparatorBeforeBase(path, root.end);
      if (lastSeparator >= 0) return path.slice(0, lastSeparator);
      return root.end > 0 ? path.slice(0, root.end) : '.';
    },

    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(path, 'path');
      const start = driveEnd(path);
      const end = endWithoutSeparators(path, start);
      if (end === start) return suffix ? path.slice(start) : '';
      const baseStart = lastSeparatorBefore(path, start, end) + 1;
      return stripSuffix(path.slice(baseStart, end), suffix, baseStart === 0 && end === path.length);
    },

    extname(path) {
      validateString(path, 'path');
      return extOfBase(win32.basename(path));
    },

    format(pathObject) {
      return formatWith('\\', pathObject);
    },

    parse(path) {
      validateString(path, 'path');
      const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
      const root = splitRoot(path);
      parsed.root = parsed.dir = path.slice(0, root.end);
      const end = endWithoutSeparators(path, root.end);
      if (end === root.end) return parsed;
      const lastSeparator = lastSeparatorBefore(path, root.end, end);
      if (lastSeparator >= root.end) parsed.dir = path.slice(0, lastSeparator);
      parsed.base = path.slice(lastSeparator >= root.end ? lastSeparator + 1 : root.end, end);
      parsed.ext = extOfBase(parsed.base);
      parsed.name = parsed.base.slice(0, parsed.base.length - parsed.ext.length);
      return parsed;
    },

    matchesGlob(path, pattern) {
      validateString(path, 'path');
      validateString(pattern, 'pattern');
      return require('internal/fs/glob_pattern').matchesGlob(path, pattern, true);
    },
  };

  // The folder a drive-relative path continues from: Windows keeps one per drive in "=C:";
  // the process's own folder otherwise, unless it is on another drive.
  function currentFolderOf(device) {
    const cwd = process.cwd();
    if (device === '') return cwd;
    const folder = process.env[`=${device}`] || cwd;
    const onOtherDrive = /^[a-zA-Z]:\\/.test(folder) && folder.slice(0, 2).toLowerCase() !== device.toLowerCase();
    return onOtherDrive ? `${device}\\` : folder;
  }

  win32.win32 = win32;
  win32.posix = posix;
  win32._makeLong = win32.toNamespacedPath;
  return win32;
};

function driveEnd(path) {
  return path.length >= 2 && path.charCodeAt(1) === 58 && isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
}

function endWithoutSeparators(path, start) {
  let end = path.length;
  while (end > start && isSeparator(path.charCodeAt(end - 1))) end--;
  return end;
}

// Index of the last separator in [start, end), or start - 1 when there is none.
function lastSeparatorBefore(path, start, end) {
  for (let i = end - 1; i >= start; i--) {
    if (isSeparator(path.charCodeAt(i))) return i;
  }
  return start - 1;
}

// The separator that ends a path's directory part, ignoring trailing separators; -1 if the
// directory part is the root alone (or empty).
function lastSeparatorBeforeBase(path, rootEnd) {
  const end = endWithoutSeparators(path, rootEnd);
  const index = lastSeparatorBefore(path, rootEnd, end);
  return index >= rootEnd ? index : -1;
}

'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator that yields each file-system
// step it needs ([fs function name, ...arguments], or ['filter', src, dest]); runSync performs the steps with
// the *Sync functions, runAsync with the callback ones, so both forms take the same decisions in the same order.

const pathModule = require('path');
const fs = require('fs');
const { getValidatedPath, getOptions } = require('internal/fs/utils');
const { codes } = require('internal/errors');

const { ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE } = codes;
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');

const errnoOf = { EISDIR: 21, ENOTDIR: 20, EINVAL: 22, EEXIST: 17 };

// A failure of the copy: `key` names the error class, `errnoCode` the libuv code it reports, `syncMessage`
// the plain message cpSync uses for the checks Node makes before copying (absent: the SystemError for both).
class CpFailure {
  constructor(key, errnoCode, message, path, syncMessage) {
    Object.assign(this, { key, errnoCode, message, path, syncMessage });
  }

  toError(sync) {
    if (sync && this.syncMessage !== undefined) {
      const err = new Error(this.syncMessage);
      err.code = this.key;
      return err;
    }
    return new codes[this.key]({
      message: this.message, path: this.path, syscall: 'cp', errno: errnoOf[this.errnoCode], code: this.errnoCode,
    });
  }
}

function validateCpOptions(options) {
  const opts = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, mode: 0, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, ...getOptions(options, {}),
  };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[name], `options.${name}`);
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  if (opts.dereference && opts.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  validateInteger(opts.mode, 'mode', 0);
  return opts;
}

function pathString(p, name) {
  const checked = getValidatedPath(p, name);
  return typeof checked === 'string' ? checked : `${checked}`;
}

// Whether `child` lies inside `parent` (both resolved), as a path prefix.
function isSubdirectory(parent, child) {
  const from = pathModule.resolve(parent).split(pathModule.sep).filter(Boolean);
  const to = pathModule.resolve(child).split(pathModule.sep).filter(Boolean);
  return from.every((part, i) => to[i] === part);
}

// stat or lstat, answering null for a path that does not exist.
function* statOrNull(op, p) {
  try {
    return yield [op, p];
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* copyItem(src, dest, opts, nested = false) {
  if (opts.filter && !(yield ['filter', src, dest])) return;
  // Node's cpSync dereferences only the top-level source; links inside a copied directory stay links.
  const statOp = opts.dereference && !(nested && opts.sync) ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src];
  const destStat = yield* statOrNull(statOp, dest);
  // cpSync checks the top-level paths as Node's native check does: the source through links, the destination not.
  const topOfSync = opts.sync && !nested;
  const checkedSrc = topOfSync ? yield ['stat', src] : srcStat;
  const checkedDest = topOfSync ? yield* statOrNull('lstat', dest) : destStat;
  checkPaths(checkedSrc, checkedDest, src, dest);
  const parent = pathModule.dirname(dest);
  if (!(yield* statOrNull('stat', parent))) yield ['mkdir', parent, { recursive: true }];

  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw new CpFailure('ERR_FS_EISDIR', 'EISDIR', `${src} is a directory (not copied)`, src,
        `Recursive option not enabled, cannot copy a directory: ${src}/`);
    }
    if (!destStat) yield ['mkdir', dest];
    for (const name of yield ['readdir', src]) {
      yield* copyItem(pathModule.join(src, name), pathModule.join(dest, name), opts, true);
    }
    if (!destStat) yield ['chmod', dest, srcStat.mode];
  } else if (hasContent(srcStat)) {
    yield* copyFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts);
  } else if (srcStat.isFIFO()) {
    throw new CpFailure('ERR_FS_CP_FIFO_PIPE', 'EINVAL', `cannot copy a FIFO pipe: ${dest}`, dest);
  } else if (srcStat.isSocket()) {
    throw new CpFailure('ERR_FS_CP_SOCKET', 'EINVAL', `cannot copy a socket file: ${dest}`, dest);
  } else {
    throw new CpFailure('ERR_FS_CP_UNKNOWN', 'EINVAL', `cannot copy an unknown file type: ${dest}`, dest);
  }
}

// The refusals made before anything is copied: the same file, a directory onto a non-directory and back, a
// directory into itself.
function checkPaths(srcStat, destStat, src, dest) {
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw new CpFailure('ERR_FS_CP_EINVAL', 'EINVAL', 'src and dest cannot be the same', dest,
        `src and dest cannot be the same ${dest}`);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new CpFailure('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest,
        `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new CpFailure('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest,
        `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  if (srcStat.isDirectory() && isSubdirectory(src, dest)) {
    throw new CpFailure('ERR_FS_CP_EINVAL', 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest,
      `Cannot copy ${src}/ to a subdirectory of self ${dest}`);
  }
}

function* copyFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) throw new CpFailure('ERR_FS_CP_EEXIST', 'EEXIST', `${dest} already exists`, dest);
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // utimes needs write permission on the copy.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const { atime, mtime } = yield ['stat', src];
    yield ['utimes', dest, atime, mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

// Regular files and devices are copied byte for byte.
function hasContent(stat) {
  return stat.isFile() || stat.isBlockDevice() || stat.isCharacterDevice();
}

function* copyLink(destStat, src, dest, opts) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(src), target);
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is not a link: the symlink call below reports what is in the way.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(destTarget)) destTarget = pathModule.resolve(pathModule.dirname(dest), destTarget);
  const targetStat = yield* statOrNull('stat', target);
  if (targetStat?.isDirectory() && isSubdirectory(target, destTarget)) {
    throw new CpFailure('ERR_FS_CP_EINVAL', 'EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`,
      dest);
  }
  if (targetStat?.isDirectory() && isSubdirectory(destTarget, target)) {
    throw new CpFailure('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'EINVAL', `cannot overwrite ${destTarget} with ${target}`,
      dest);
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

// Advances the copy by one step with the reply to the previous one; a CpFailure becomes the form's error.
function advance(steps, reply, sync) {
  try {
    return 'error' in reply ? steps.throw(reply.error) : steps.next(reply.value);
  } catch (failure) {
    throw failure instanceof CpFailure ? failure.toError(sync) : failure;
  }
}

function copySteps(src, dest, opts) {
  return copyItem(pathString(src, 'src'), pathString(dest, 'dest'), opts);
}

function cpSync(src, dest, options) {
  const opts = { ...validateCpOptions(options), sync: true };
  const { filter } = opts;
  const steps = copySteps(src, dest, opts);
  for (let next = advance(steps, { value: undefined }, true); !next.done;) {
    const [op, ...args] = next.value;
    let reply;
    try {
      if (op === 'filter') {
        const include = filter(...args);
        if (typeof include?.then === 'function') throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', include);
        reply = { value: include };
      } else {
        reply = { value: fs[`${op}Sync`](...args) };
      }
    } catch (error) {
      reply = { error };
    }
    next = advance(steps, reply, true);
  }
}

async function copyAsync(steps, opts) {
  for (let next = advance(steps, { value: undefined }, false); !next.done;) {
    const [op, ...args] = next.value;
    let reply;
    try {
      reply = { value: op === 'filter' ? await opts.filter(...args) : await fs.promises[op](...args) };
    } catch (error) {
      reply = { error };
    }
    next = advance(steps, reply, false);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  copyAsync(copySteps(src, dest, opts), opts).then(() => callback(null), callback);
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  return copyAsync(copySteps(src, dest, opts), opts);
}

module.exports = { cp, cpSync, cpPromise };

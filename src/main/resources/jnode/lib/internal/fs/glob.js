'use strict';
// fs.glob, fs.globSync and fs.promises.glob. The walk is one generator that asks for what it needs from the
// file system ({ list: dir } for a directory's entries, { stat: path } for lstat) and hands out matches
// ({ match }); globSync answers its questions with the *Sync functions, the asynchronous forms with promises.
// Each pattern is walked from its literal leading directories (links followed there); beneath, a directory
// is entered only while some path in it could still match, and links to directories are not entered.

const pathModule = require('path');
const fs = require('fs');
const { Dirent } = require('internal/fs/utils');
const { compile, matchSegments } = require('internal/fs/glob_pattern');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateString, validateFunction } = require('internal/validators');

const kStats = Symbol('stats');

// A Dirent whose kind comes from lstat, as fs.glob's withFileTypes gives.
class DirentFromStats extends Dirent {
  constructor(name, stats, parentPath) {
    super(name, null, parentPath);
    this[kStats] = stats;
  }
}
for (const method of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO',
  'isSocket']) {
  const { [method]: predicate } = { [method]() { return this[kStats][method](); } };
  Object.defineProperty(DirentFromStats.prototype, method, { value: predicate, writable: true, configurable: true });
}

function validatePatterns(patterns) {
  if (typeof patterns === 'string') return [patterns];
  if (!Array.isArray(patterns)) {
    if (typeof patterns === 'object') throw new ERR_INVALID_ARG_TYPE('patterns', 'Array', patterns);
    validateString(patterns, 'patterns');
  }
  patterns.forEach((pattern, index) => validateString(pattern, `patterns[${index}]`));
  return patterns;
}

function globOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { exclude, withFileTypes = false } = options;
  let givenCwd = options.cwd ?? '.';
  if (givenCwd instanceof URL) givenCwd = require('url').fileURLToPath(givenCwd);
  const cwd = pathModule.resolve(givenCwd);
  let isExcluded = () => false;
  if (typeof exclude === 'function') {
    isExcluded = (relative, dirent) => exclude(withFileTypes ? dirent() : relative);
  } else if (Array.isArray(exclude)) {
    exclude.forEach((pattern, index) => validateString(pattern, `options.exclude[${index}]`));
    const compiled = exclude.flatMap(compile);
    isExcluded = (relative) => {
      const segments = relative.split('/');
      return compiled.some((pattern) => matchSegments(segments, pattern, { trailingGlobstarMatchesNothing: true }));
    };
  } else if (exclude !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
  }
  return { cwd, givenCwd, withFileTypes: !!withFileTypes, isExcluded, absoluteParents: false };
}

// A compiled pattern split into the literal directories to start from and the segments matched beneath them.
function plan(segments) {
  const dirOnly = segments.length > 1 && segments[segments.length - 1] === '';
  const body = dirOnly ? segments.slice(0, -1) : segments;
  let literal = 0;
  while (literal < body.length - 1 && typeof body[literal] === 'string') literal++;
  const prefix = body.slice(0, literal);
  const start = prefix.length === 1 && prefix[0] === '' ? '/' : prefix.join('/');
  return { start, rest: body.slice(literal), dirOnly };
}

function* walk(patterns, opts) {
  const seen = new Set();
  for (const segments of patterns.flatMap(compile)) {
    const { start, rest, dirOnly } = plan(segments);
    const startAbsolute = pathModule.resolve(opts.cwd, start);
    const output = (relative) => pathModule.join(start || '.', ...relative);
    // The start directory itself is a match when nothing is left to match ("**", "a/**", "a/b/").
    if (matchSegments([], rest, { trailingGlobstarMatchesNothing: true })) {
      const stats = yield { stat: startAbsolute, follow: true };
      if (stats?.isDirectory() && !seen.has(output([]))) {
        seen.add(output([]));
        yield { match: result(output([]), stats, opts) };
      }
    }
    const pending = [[startAbsolute, []]];
    while (pending.length > 0) {
      const [dir, relative] = pending.shift();
      const entries = yield { list: dir };
      for (const entry of entries ?? []) {
        const childPath = pathModule.join(dir, entry.name);
        const childRelative = [...relative, entry.name];
        const stats = opts.withFileTypes ? yield { stat: childPath } : null;
        const shown = output(childRelative);
        if (opts.isExcluded(shown, () => result(shown, stats, opts))) continue;
        // A link to a directory counts as a directory only on the literal start path.
        const isDir = entry.isDirectory();
        if ((!dirOnly || isDir) && !seen.has(shown) &&
            matchSegments(childRelative, rest, { trailingGlobstarMatchesNothing: true })) {
          seen.add(shown);
          yield { match: result(shown, stats, opts) };
        }
        if (isDir && matchSegments(childRelative, rest, { partial: true })) {
          pending.push([childPath, childRelative]);
        }
      }
    }
  }
}

// A match as a path relative to cwd, or a Dirent whose parentPath is relative to cwd as given (globSync) or
// absolute (the asynchronous forms), as Node's.
function result(shown, stats, opts) {
  if (!opts.withFileTypes) return shown;
  const dir = pathModule.dirname(shown);
  const parent = opts.absoluteParents ? pathModule.resolve(opts.cwd, dir) : pathModule.join(opts.givenCwd, dir);
  return new DirentFromStats(pathModule.basename(shown) || shown, stats, parent);
}

// Answers the walk's questions synchronously; null for what cannot be read.
function answerSync(question) {
  try {
    if (question.list) return fs.readdirSync(question.list, { withFileTypes: true });
    return question.follow ? fs.statSync(question.stat) : fs.lstatSync(question.stat);
  } catch {
    return null;
  }
}

async function answerAsync(question) {
  try {
    if (question.list) return await fs.promises.readdir(question.list, { withFileTypes: true });
    return await (question.follow ? fs.promises.stat(question.stat) : fs.promises.lstat(question.stat));
  } catch {
    return null;
  }
}

function globSync(patterns, options) {
  const steps = walk(validatePatterns(patterns), globOptions(options));
  const matches = [];
  for (let next = steps.next(); !next.done;) {
    if ('match' in next.value) {
      matches.push(next.value.match);
      next = steps.next();
    } else {
      next = steps.next(answerSync(next.value));
    }
  }
  return matches;
}

async function* globAsync(patterns, options) {
  yield* walkAsync(validatePatterns(patterns), globOptions(options));
}

async function* walkAsync(patterns, opts) {
  const steps = walk(patterns, { ...opts, absoluteParents: true });
  for (let next = steps.next(); !next.done;) {
    if ('match' in next.value) {
      yield next.value.match;
      next = steps.next();
    } else {
      next = steps.next(await answerAsync(next.value));
    }
  }
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const checkedPatterns = validatePatterns(patterns);
  const opts = globOptions(options);
  const matches = [];
  (async () => {
    for await (const match of walkAsync(checkedPatterns, opts)) matches.push(match);
  })().then(() => callback(null, matches), callback);
}

module.exports = { glob, globSync, globAsync };

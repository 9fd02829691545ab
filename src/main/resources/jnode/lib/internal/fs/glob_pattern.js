'use strict';
// The glob patterns of fs.glob and path.matchesGlob, as Node 24 reads them: `*`, `?`, `[...]` (negated with `!`
// or `^`), `**` as a whole segment, `{a,b}` and `{1..3}` alternatives, the extglobs `?(..)`, `*(..)`, `+(..)`,
// `@(..)` and `!(..)`. Wildcards never match a segment's leading dot; a backslash separates like `/` (there is
// no escaping), a leading `!` or `#` is literal, case counts. A pattern compiles to lists of segments, each a
// string (literal), a RegExp, or GLOBSTAR.

const GLOBSTAR = Symbol('globstar');

// ---- braces ----

// The index of the brace closing the one at `open`, or -1.
function closingBrace(pattern, open) {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

// The top-level comma-separated parts of a brace body.
function splitAlternatives(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

// {1..5}, {a..e}, {10..1..3}: the values of a sequence, or null when the body is not one.
function sequence(body) {
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!m) return null;
  const numeric = /\d/.test(m[1]);
  if (numeric !== /\d/.test(m[2])) return null;
  const from = numeric ? +m[1] : m[1].charCodeAt(0);
  const to = numeric ? +m[2] : m[2].charCodeAt(0);
  const step = Math.abs(+(m[3] ?? 1)) || 1;
  const values = [];
  for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? step : -step) {
    values.push(numeric ? `${v}` : String.fromCharCode(v));
  }
  return values;
}

/** Every pattern a brace expression stands for; braces without a comma or a sequence stay literal. */
function expandBraces(pattern) {
  for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    const close = closingBrace(pattern, open);
    if (close === -1) return [pattern];
    const body = pattern.slice(open + 1, close);
    const alternatives = splitAlternatives(body);
    const choices = alternatives.length > 1 ? alternatives : sequence(body);
    if (choices === null) continue;
    const before = pattern.slice(0, open);
    const after = pattern.slice(close + 1);
    return choices.flatMap((choice) => expandBraces(`${before}${choice}${after}`));
  }
  return [pattern];
}

// ---- segments ----

const escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

// A bracket expression starting at `start` ('['): [regexp source, index after it], or null when unclosed.
function bracket(segment, start) {
  let i = start + 1;
  let negated = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negated = true;
    i++;
  }
  let body = '';
  const first = i;
  for (; i < segment.length; i++) {
    const c = segment[i];
    if (c === ']' && i > first) break;
    if (c === '-' && body !== '' && i + 1 < segment.length && segment[i + 1] !== ']') body += '-';
    else body += escapeRegExp(c);
  }
  if (i >= segment.length) return null;
  return [negated ? `[^/${body}]` : `[${body}]`, i + 1];
}

// The extglob body starting after `open` ('(' at open): [alternatives, index after ')'], or null when unclosed.
function extglobBody(segment, open) {
  let depth = 0;
  for (let i = open; i < segment.length; i++) {
    if (segment[i] === '(') depth++;
    else if (segment[i] === ')' && --depth === 0) {
      const alternatives = [];
      let level = 0;
      let start = open + 1;
      for (let j = open + 1; j < i; j++) {
        if (segment[j] === '(') level++;
        else if (segment[j] === ')') level--;
        else if (segment[j] === '|' && level === 0) {
          alternatives.push(segment.slice(start, j));
          start = j + 1;
        }
      }
      alternatives.push(segment.slice(start, i));
      return [alternatives, i + 1];
    }
  }
  return null;
}

const extglobQuantifiers = { '?': '?', '*': '*', '+': '+', '@': '' };

// The regexp source of segment[from..]; `magic.found` is set when any wildcard was seen.
function segmentSource(segment, from, magic) {
  let out = '';
  for (let i = from; i < segment.length;) {
    const c = segment[i];
    if ('?*+@!'.includes(c) && segment[i + 1] === '(') {
      const parsed = extglobBody(segment, i + 1);
      if (parsed !== null) {
        magic.found = true;
        const [alternatives, next] = parsed;
        const group = alternatives.map((alt) => segmentSource(alt, 0, magic)).join('|');
        if (c === '!') {
          // Anything but the alternatives followed by the rest of the segment.
          const rest = segmentSource(segment, next, magic);
          return `${out}(?:(?!(?:${group})${rest}$)[^/]*?)${rest}`;
        }
        out += `(?:${group})${extglobQuantifiers[c]}`;
        i = next;
        continue;
      }
    }
    if (c === '*') {
      magic.found = true;
      while (segment[i] === '*') i++;
      out += '[^/]*?';
      continue;
    }
    if (c === '?') {
      magic.found = true;
      out += '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      const parsed = bracket(segment, i);
      if (parsed !== null) {
        magic.found = true;
        out += parsed[0];
        i = parsed[1];
        continue;
      }
    }
    out += escapeRegExp(c);
    i++;
  }
  return out;
}

function compileSegment(segment) {
  if (segment === '**') return GLOBSTAR;
  const magic = { found: false };
  const source = segmentSource(segment, 0, magic);
  if (!magic.found) return segment;
  // A wildcard never produces a leading dot: only a literal one (or a class naming it) matches; and no
  // wildcard matches "." or "..".
  const explicitDot = segment.startsWith('.') || (segment.startsWith('[') && !/^\[[!^]/.test(segment));
  return new RegExp(`^(?!\\.\\.?$)${explicitDot ? '' : '(?!\\.)'}${source}$`);
}

// Drops "" and "." segments after the first (keeping a final "", which asks for a directory), and folds
// "name/.." away.
function normalizeSegments(parts, keepTrailingEmpty) {
  const out = [];
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (index > 0 && (part === '.' || (part === '' && !(last && keepTrailingEmpty)))) return;
    if (part === '..' && out.length > 0 && !['..', '**', '', '.'].includes(out[out.length - 1])) {
      out.pop();
      return;
    }
    out.push(part);
  });
  return out;
}

/** A pattern as lists of compiled segments, one list per brace alternative. */
function compile(pattern) {
  return expandBraces(pattern.replaceAll('\\', '/'))
    .map((expanded) => normalizeSegments(expanded.split('/'), true).map(compileSegment));
}

function segmentMatches(compiled, name) {
  if (typeof compiled === 'string') return compiled === name;
  return compiled.test(name);
}

const hidden = (name) => name.startsWith('.');

/**
 * Whether path segments match compiled segments. `partial`: whether they could be the beginning of a match
 * (for walking directories). `trailingGlobstarMatchesNothing`: whether a final `**` also matches nothing, as
 * fs.glob lists the directory itself and path.matchesGlob does not.
 */
function matchSegments(path, pattern, options = {}, pi = 0, si = 0) {
  const { partial = false, trailingGlobstarMatchesNothing = false } = options;
  for (; pi < pattern.length; pi++, si++) {
    const compiled = pattern[pi];
    if (compiled === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        if (si === path.length) return partial || trailingGlobstarMatchesNothing;
        return path.slice(si).every((name) => !hidden(name));
      }
      for (let skip = si; skip <= path.length; skip++) {
        if (matchSegments(path, pattern, options, pi + 1, skip)) return true;
        if (skip < path.length && hidden(path[skip])) return false;
      }
      return false;
    }
    if (si === path.length) return partial;
    if (compiled === '' && pi === pattern.length - 1) return si === path.length - 1 && path[si] === '';
    if (!segmentMatches(compiled, path[si])) return false;
  }
  return si === path.length || (si === path.length - 1 && path[si] === '');
}

/** path.matchesGlob: whether `path` matches `pattern` (backslashes in the path separate only for win32). */
function matchesGlob(path, pattern, windows = false) {
  const segments = normalizeSegments((windows ? path.replaceAll('\\', '/') : path).split('/'), false);
  return compile(pattern).some((compiled) => matchSegments(segments, compiled));
}

module.exports = { GLOBSTAR, compile, matchSegments, normalizeSegments, matchesGlob, hidden };

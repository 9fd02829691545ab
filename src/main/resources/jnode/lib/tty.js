'use strict';
// node:tty: terminals as net.Sockets over a descriptor (internalBinding('stdio')), the window size and raw
// mode from the kernel, and the colour depth guessed from the environment as Node guesses it.

const { Socket } = require('internal/net/socket');
const { codes: { ERR_TTY_INIT_FAILED, ERR_INVALID_FD }, errnoException } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const cursor = require('internal/tty/cursor');

const binding = internalBinding('stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.handleType(fd) === 'TTY';
}

// libuv refuses a descriptor that is no terminal with EINVAL.
function checkTerminal(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
  if (!isatty(fd)) throw new ERR_TTY_INIT_FAILED(-22, 'uv_tty_init');
}

class ReadStream extends Socket {
  constructor(fd, options = undefined) {
    checkTerminal(fd);
    super({ readableHighWaterMark: 0, ...options, fd, readable: true, writable: false });
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = Boolean(flag);
    const err = binding.setRawMode(this.fd ?? 0, flag);
    if (err < 0) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

/** Whether a terminal with the color depth `env` implies shows at least `count` colors. */
function colorCountFits(count, env) {
  return count <= 2 ** colorDepth(env ?? process.env);
}

class WriteStream extends Socket {
  constructor(fd) {
    checkTerminal(fd);
    super({ fd, readable: false, writable: true });
    this.fd = fd;
    const [columns, rows] = binding.windowSize(fd);
    // A terminal that reports 0x0 (a fresh pseudo-terminal) still gets numeric columns and rows, as in Node.
    if (columns >= 0) {
      this.columns = columns;
      this.rows = rows;
    }
  }

  // Called when the terminal reports a new size (SIGWINCH).
  _refreshSize() {
    const [columns, rows] = binding.windowSize(this.fd);
    if (columns < 0) {
      this.emit('error', errnoException(columns, 'getWindowSize'));
      return;
    }
    if (columns === this.columns && rows === this.rows) return;
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  getColorDepth(env = process.env) {
    return colorDepth(env);
  }

  hasColors(count, env) {
    // hasColors() and hasColors(env) ask about 16 colors.
    const onlyEnvGiven = env === undefined && (count === undefined || (count !== null && typeof count === 'object'));
    if (onlyEnvGiven) return colorCountFits(16, count);
    validateInteger(count, 'count', 2);
    return colorCountFits(count, env);
  }

  cursorTo(x, y, callback) {
    return cursor.cursorTo(this, x, y, callback);
  }

  moveCursor(dx, dy, callback) {
    return cursor.moveCursor(this, dx, dy, callback);
  }

  clearLine(dir, callback) {
    return cursor.clearLine(this, dir, callback);
  }

  clearScreenDown(callback) {
    return cursor.clearScreenDown(this, callback);
  }
}

// Terminal names with a known depth; other names are matched by the patterns after them.
const TERMINAL_DEPTHS = new Map([
  ['xterm-256color', 8],
  ['xterm-kitty', 24], ['mosh', 24], ['terminator', 24], ['rxvt-unicode-24bit', 24],
  ...['console', 'cons25', 'cygwin', 'dtterm', 'eterm', 'gnome', 'hurd', 'jfbterm', 'konsole', 'kterm', 'mlterm',
    'putty', 'st'].map((name) => [name, 4]),
]);
const SIXTEEN_COLOR_TERMINALS = [/^xterm/, /^rxvt/, /^screen/, /^vt100/, /^vt220/, /^con\d*x\d/, /ansi/, /color/,
  /linux/, /direct/];
const CI_WITH_TRUECOLOR = ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'];
const CI_WITH_256 = ['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'];

let warnedColorOverride = false;

// Bits of colour: 1 (2 colours), 4 (16), 8 (256) or 24 (16 million).
function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    warnIgnoredColorOff(env);
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if ('NODE_DISABLE_COLORS' in env || 'NO_COLOR' in env || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 24;
  if ('CI' in env) {
    if (CI_WITH_TRUECOLOR.some((name) => name in env)) return 24;
    if (CI_WITH_256.some((name) => name in env) || env.CI_NAME === 'codeship') return 8;
    return 1;
  }
  if ('TEAMCITY_VERSION' in env) return teamCityHasColors(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || Number.parseInt(env.TERM_PROGRAM_VERSION, 10) < 3 ? 8 : 24;
    case 'HyperTerm': case 'MacTerm': return 24;
    case 'Apple_Terminal': return 8;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (env.TERM.includes('truecolor')) return 24;
    const term = env.TERM.toLowerCase();
    const known = TERMINAL_DEPTHS.get(term);
    if (known !== undefined) return known;
    if (SIXTEEN_COLOR_TERMINALS.some((pattern) => pattern.test(term))) return 4;
  }
  return env.COLORTERM ? 4 : 1;
}

// TeamCity shows colours from 9.1 on; the version must go on past its minor number ("9.1.x", "2020.1").
function teamCityHasColors(version) {
  const parts = version.split('.');
  if (parts.length < 2 || !/^\d+$/.test(parts[0])) return false;
  if (parts[0].length >= 2) return true;
  return parts[0] === '9' && parts.length >= 3 && /^\d+$/.test(parts[1]) && Number(parts[1]) >= 1;
}

function warnIgnoredColorOff(env) {
  if (warnedColorOverride) return;
  const ignored = 'NODE_DISABLE_COLORS' in env ? 'NODE_DISABLE_COLORS' : 'NO_COLOR' in env ? 'NO_COLOR' : null;
  if (ignored === null) return;
  warnedColorOverride = true;
  process.emitWarning(`The '${ignored}' env is ignored due to the 'FORCE_COLOR' env being set.`);
}

// Node's ReadStream says so per instance, its WriteStream on the prototype.
WriteStream.prototype.isTTY = true;

module.exports = { isatty, ReadStream, WriteStream };

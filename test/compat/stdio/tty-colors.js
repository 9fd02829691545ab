// tty: isatty on what is not a terminal, and the colour depth WriteStream derives from the environment.
const tty = require('tty');
const fs = require('fs');

const fd = fs.openSync(__filename, 'r');
console.log('isatty', tty.isatty(fd), tty.isatty(999), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'));
for (const make of [() => new tty.WriteStream(fd), () => new tty.ReadStream(fd)]) {
  try {
    make();
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall, String(e));
  }
}
fs.closeSync(fd);

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
const has = (env) => tty.WriteStream.prototype.hasColors.call({}, env);
const cases = [{}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'XTERM' }, { TERM: 'xterm-kitty' },
  { TERM: 'alacritty' }, { TERM: 'st-truecolor' }, { TERM: 'con80x25' }, { TERM: 'con' }, { TERM: 'fooxterm' },
  { TERM: 'foo-256color' }, { TERM: 'mosh' }, { TERM: 'putty' }, { TERM: 'linux' }, { TERM: 'xlinux' },
  { COLORTERM: 'truecolor' }, { COLORTERM: 'yes' }, { COLORTERM: '' }, { TMUX: '1' }, { TMUX: '' },
  { CI: '1' }, { CI: '', GITHUB_ACTIONS: '1' }, { CI: '1', TRAVIS: '1' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1' }, { TEAMCITY_VERSION: '9.1.1' }, { TEAMCITY_VERSION: '2020.1' }, { TEAMCITY_VERSION: '10' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'MacTerm' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' },
  { FORCE_COLOR: 'x' }, { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1' }, { TERM: 'dumb', FORCE_COLOR: '1' },
  { TERM: 'dumb', COLORTERM: 'truecolor' }, { TERM: 'xterm-256color', COLORTERM: 'truecolor' }];
for (const env of cases) console.log(JSON.stringify(env), depth(env), has(env));
const proto = tty.WriteStream.prototype;
console.log(proto.hasColors.call({}, 256, { TERM: 'xterm-256color' }), proto.hasColors.call({}, 2 ** 24, { COLORTERM: 'truecolor' }));
for (const bad of ['x', 0, 1.5]) {
  try { proto.hasColors.call({}, bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(proto.getColorDepth.call({}, { FORCE_COLOR: '2', NO_COLOR: '1' }));

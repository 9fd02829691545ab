// WriteStream.prototype.getColorDepth(env) and hasColors(count, env) for environments given explicitly:
// FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM, COLORTERM and CI variables, and argument checks.
const tty = require('node:tty');

const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const fake = { getColorDepth };
const envs = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'screen' },
  { TERM: 'linux' },
  { TERM: 'rxvt-unicode-256color' },
  { TERM: 'xterm-kitty' },
  { TERM: 'vt100' },
  { TERM: 'xterm', COLORTERM: 'truecolor' },
  { TERM: 'xterm', COLORTERM: '24bit' },
  { TERM: 'xterm', COLORTERM: 'yes' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '3', NO_COLOR: '1' },
  { TERM: 'xterm-256color', NO_COLOR: '1' },
  { TERM: 'xterm-256color', NODE_DISABLE_COLORS: '1' },
  { TERM: 'xterm-256color', FORCE_COLOR: '0' },
  { CI: 'true', GITHUB_ACTIONS: 'true' },
  { CI: 'true', TRAVIS: '1' },
  { CI: 'true' },
  { TEAMCITY_VERSION: '2020.1' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.0' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { TMUX: '1' },
];
for (const env of envs) {
  console.log(JSON.stringify(env).padEnd(50), getColorDepth.call(fake, env),
    hasColors.call(fake, env), hasColors.call(fake, 256, env), hasColors.call(fake, 2 ** 24, env));
}
for (const args of [[0], [-1], ['16'], [1.5], [null], [{}]]) {
  try {
    console.log(JSON.stringify(args), hasColors.call(fake, ...args, { TERM: 'xterm' }));
  } catch (err) {
    console.log(JSON.stringify(args), err.code, err.message);
  }
}

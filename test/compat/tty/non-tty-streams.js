// stdio that is not a terminal (the suite gives pipes): isatty answers per descriptor and for odd values,
// process.stdout/stderr are not tty.WriteStreams and have no columns, and the colour helpers on a WriteStream's
// prototype decide from the env they are given.
const tty = require('node:tty');

console.log('isatty:', [0, 1, 2, 3, -1, 1.5, '1', null, 2 ** 31, NaN].map((fd) => tty.isatty(fd)).join(' '));
for (const name of ['stdout', 'stderr']) {
  const stream = process[name];
  console.log(name, stream.isTTY, stream instanceof tty.WriteStream, stream.columns, typeof stream.getColorDepth);
}
console.log('stdin', process.stdin.isTTY, process.stdin instanceof tty.ReadStream, typeof process.stdin.setRawMode);
const depth = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
const envs = [{}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { COLORTERM: 'truecolor' },
  { NO_COLOR: '1', TERM: 'xterm-256color' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { TERM_PROGRAM: 'iTerm.app' },
  { TMUX: '1' }, { TERM: 'screen' }, { TERM: 'linux' }];
for (const env of envs) console.log(JSON.stringify(env), depth(env));
console.log('hasColors:', tty.WriteStream.prototype.hasColors.call({}, 256, { TERM: 'xterm-256color' }),
  tty.WriteStream.prototype.hasColors.call({}, { TERM: 'xterm-256color' }), tty.WriteStream.prototype.hasColors.call({}, 2 ** 24, { TERM: 'xterm' }));

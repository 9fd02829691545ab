// chalk 4 unmodified: the colour level supports-color derives from FORCE_COLOR (0..3, true/false, empty) with
// the output not a terminal, and styles at each level (16 colours, 256, truecolor, downsampled).
// supports-color also reads the terminal's variables: pin them so only FORCE_COLOR decides.
process.env.TERM = 'dumb';
for (const name of ['CI', 'COLORTERM', 'TERM_PROGRAM', 'TEAMCITY_VERSION']) delete process.env[name];

const show = (label, value) => console.log(label, JSON.stringify(value));

function freshChalk() {
  for (const id of Object.keys(require.cache)) {
    if (/node_modules[\\/](chalk|supports-color)[\\/]/.test(id)) delete require.cache[id];
  }
  return require('chalk');
}

for (const force of [undefined, '0', '1', '2', '3', '4', 'true', 'false', '']) {
  if (force === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = force;
  const chalk = freshChalk();
  show(`FORCE_COLOR=${force}`, [chalk.level, chalk.supportsColor, chalk.stderr.level, chalk.red('x')]);
}
delete process.env.FORCE_COLOR;

const chalk = freshChalk();
for (const level of [0, 1, 2, 3]) {
  const c = new chalk.Instance({ level });
  show(`level ${level}`, [
    c.red('red'), c.bgBlue.white.bold('bold'), c.underline.italic.dim('u'), c.inverse.strikethrough('s'),
    c.hex('#FF8800')('hex'), c.rgb(10, 200, 30).bgRgb(0, 0, 0)('rgb'), c.ansi256(201)('256'), c.bgAnsi256(17)('bg256'),
    c.keyword('orange')('kw'), c.hsl(32, 100, 50)('hsl'), c.bgHex('#000080')('bghex'), c.gray('gray'), c.blueBright('bb'),
    c.visible('visible'), c.red(`outer ${c.blue('inner')} outer`), c.green('multi\nline'), c.red(''), c.red(1, 2, { a: 1 }),
    c`{bold.red tagged} {rgb(1,2,3) ${'value'}} {bgBlack.white nested {underline deeper}}`,
  ]);
}
const ansi = new chalk.Instance({ level: 3 });
show('reset/hidden', [ansi.reset('r'), ansi.hidden('h'), ansi.bold.reset('br')]);
try {
  ansi`{nope text}`;
} catch (e) {
  console.log('template error', e.message);
}
try {
  new chalk.Instance({ level: 7 });
} catch (e) {
  console.log('level error', e.message);
}
process.env.TERM = 'xterm-256color';
show('TERM without FORCE_COLOR, not a terminal', freshChalk().level);
process.env.FORCE_COLOR = '1';
show('TERM with FORCE_COLOR=1', freshChalk().level);
delete process.env.FORCE_COLOR;
show('chained level change', (() => { const c = new chalk.Instance({ level: 1 }); const red = c.red; c.level = 0; return [red('x'), c.red('x')]; })());

// yargs 17 unmodified, parsing only: options of each type, aliases, defaults, coercion, arrays, counts,
// commands with positionals, validation failures (caught by .fail) and generated help text at a fixed width.
const yargs = require('yargs/yargs');

const show = (label, value) => console.log(label, JSON.stringify(value));
const clean = ({ $0, ...rest }) => rest; // eslint-disable-line no-unused-vars

const base = (argv) => yargs(argv).scriptName('tool').wrap(80).exitProcess(false);

show('plain', clean(base(['--name', 'x', '-v', '--no-color', 'a', 'b', '--n=5', '--', '--raw']).parseSync()));
show('typed', clean(base(['--port', '8080', '--tags', 'a', 'b', '--debug', '-vvv', '--ratio', '0.5', '--id', '007'])
  .option('port', { type: 'number', alias: 'p' })
  .option('tags', { type: 'array' })
  .option('debug', { type: 'boolean' })
  .option('verbose', { alias: 'v', type: 'count' })
  .option('ratio', { type: 'number' })
  .option('id', { type: 'string' })
  .option('mode', { choices: ['fast', 'slow'], default: 'fast' })
  .parseSync()));
show('coerce', clean(base(['--date', '2020-01-02', '--list', 'a,b,c'])
  .coerce('date', (s) => new Date(`${s}T00:00:00Z`).toISOString())
  .coerce('list', (s) => s.split(','))
  .parseSync()));
show('camel-case expansion', clean(base(['--dry-run', '--max-count=3']).parseSync()));
show('dot notation', clean(base(['--db.host', 'h', '--db.port', '1']).parseSync()));
show('parserConfiguration', clean(base(['--foo-bar', '1', '-abc'])
  .parserConfiguration({ 'camel-case-expansion': false, 'short-option-groups': false }).parseSync()));
show('env', clean(yargs(['--a', '1']).env('MYTOOL').exitProcess(false).parseSync()));

const runs = [];
const commands = (argv) => base(argv)
  .command('serve [port]', 'start the server', (y) => y.positional('port', { type: 'number', default: 3000 })
    .option('host', { type: 'string', default: 'localhost' }), (args) => runs.push(['serve', args.port, args.host]))
  .command(['copy <src> <dest..>', 'cp'], 'copy files', () => {}, (args) => runs.push(['copy', args.src, args.dest]))
  .demandCommand(1, 'need a command')
  .strict()
  .fail((msg, err) => { runs.push(['fail', msg, err ? err.message : null]); });
commands(['serve']).parseSync();
commands(['serve', '8081', '--host', '0.0.0.0']).parseSync();
commands(['cp', 'a.txt', 'b/', 'c/']).parseSync();
commands([]).parseSync();
commands(['serve', '--bogus']).parseSync();
commands(['copy', 'only-src']).parseSync();
show('commands', runs);

const failures = [];
base(['--mode', 'medium']).option('mode', { choices: ['fast', 'slow'] })
  .fail((msg) => failures.push(msg)).parseSync();
base([]).demandOption('config').fail((msg) => failures.push(msg)).parseSync();
base(['--a', '1', '--b', '2']).conflicts('a', 'b').fail((msg) => failures.push(msg)).parseSync();
base(['--x']).implies('x', 'y').fail((msg) => failures.push(msg)).parseSync();
base(['--n', 'abc']).option('n', { type: 'number' }).check((a) => (Number.isNaN(a.n) ? 'n must be a number' : true))
  .fail((msg) => failures.push(msg)).parseSync();
show('failures', failures);

base(['--help']).usage('$0 <cmd> [args]')
  .command('build', 'compile the project')
  .option('watch', { alias: 'w', type: 'boolean', describe: 'rebuild on change' })
  .option('out', { type: 'string', default: 'dist', describe: 'output folder' })
  .example('$0 build --watch', 'watch and rebuild')
  .epilogue('see the docs')
  .version('1.2.3')
  .showHelp((text) => console.log(text));

base([]).parse('--foo bar baz', (err, argv, output) => {
  show('parse with callback', [err, clean(argv), output]);
});
base(['--version']).version('9.9.9').parse(['--version'], (err, argv, output) => {
  show('version output', output);
});
show('hideBin', require('yargs/helpers').hideBin(['node', 'script.js', '--x']));

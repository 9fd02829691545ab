// commander 14 unmodified: options of each kind, subcommands with arguments, custom parsing, hooks, help text
// (fixed width) and its errors, captured through exitOverride and configureOutput instead of exiting.
const { Command, Option, Argument, InvalidArgumentError } = require('commander');

const show = (label, value) => console.log(label, JSON.stringify(value));
const captured = [];
const quiet = (program) => program.exitOverride().configureOutput({
  writeOut: (s) => captured.push(['out', s]),
  writeErr: (s) => captured.push(['err', s]),
  getOutHelpWidth: () => 80,
  getErrHelpWidth: () => 80,
});

function makeProgram() {
  const program = quiet(new Command('tool'));
  program
    .version('1.0.0', '-V, --version')
    .description('a tool to test commander')
    .allowExcessArguments()
    .option('-d, --debug', 'output extra debugging')
    .option('-p, --pizza-type <type>', 'flavour of pizza', 'margherita')
    .option('-c, --cheese [kind]', 'add cheese, optionally a kind')
    .option('--no-sauce', 'remove sauce')
    .option('-n, --number <n>', 'an integer', (v) => {
      const n = Number.parseInt(v, 10);
      if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
      return n;
    })
    .option('-l, --letter <letters...>', 'letters')
    .option('-v, --verbose', 'verbosity', (_, prev) => prev + 1, 0)
    .addOption(new Option('-s, --size <size>', 'cup size').choices(['small', 'large']).default('small'))
    .addOption(new Option('-t, --timeout <secs>', 'timeout').env('TOOL_TIMEOUT').argParser(Number).hideHelp())
    .addOption(new Option('--secret').conflicts('debug'));
  return program;
}

const p1 = makeProgram().parse(['node', 'tool', '-d', '-p', 'hawaiian', '-c', '--no-sauce', '-n', '42', '-l', 'a', 'b',
  '-vvv', 'extra', 'args']);
show('opts', [p1.opts(), p1.args]);
const p2 = makeProgram().parse(['-c', 'blue', '--pizza-type=veg', '--size', 'large'], { from: 'user' });
show('opts user', p2.opts());
process.env.TOOL_TIMEOUT = '30';
show('env option', [makeProgram().parse([], { from: 'user' }).opts().timeout, makeProgram().getOptionValueSource('size')]);
delete process.env.TOOL_TIMEOUT;

for (const argv of [['-n', 'x'], ['--size', 'medium'], ['--nope'], ['-p'], ['--secret', '-d'], ['--version'], ['--help']]) {
  try {
    makeProgram().parse(argv, { from: 'user' });
    show('parsed', argv);
  } catch (e) {
    show('error', [argv, e.code, e.exitCode, e.message]);
  }
}

const actions = [];
const git = quiet(new Command('git')).enablePositionalOptions();
git.hook('preAction', (thisCommand, actionCommand) => actions.push(['pre', actionCommand.name()]));
git.command('clone <repo> [dir]')
  .description('clone a repository')
  .option('--depth <n>', 'depth', Number)
  .action((repo, dir, options, cmd) => actions.push(['clone', repo, dir ?? null, options, cmd.name()]));
git.command('add')
  .addArgument(new Argument('<mode>', 'how to add').choices(['all', 'patch']))
  .argument('<files...>', 'files to add')
  .action((mode, files) => actions.push(['add', mode, files]));
const remote = git.command('remote');
remote.command('add <name> <url>').action((name, url) => actions.push(['remote add', name, url]));
git.command('async').action(async () => { actions.push(['async']); });
git.parse(['clone', 'https://x/y.git', '--depth', '1'], { from: 'user' });
git.parse(['clone', 'r', 'd'], { from: 'user' });
git.parse(['add', 'patch', 'a.js', 'b.js'], { from: 'user' });
git.parse(['remote', 'add', 'origin', 'git@x'], { from: 'user' });
for (const argv of [['clone'], ['unknown'], ['add', 'all'], ['add', 'some', 'x'], ['remote', 'add', 'o']]) {
  try {
    git.parse(argv, { from: 'user' });
  } catch (e) {
    show('sub error', [argv, e.code, e.message]);
  }
}

git.parseAsync(['async'], { from: 'user' }).then(() => {
  show('actions', actions);
  console.log(makeProgram().helpInformation());
  console.log(git.helpInformation());
  console.log(git.commands[0].helpInformation());
  for (const [stream, text] of captured) console.log(`[${stream}] ${text.trimEnd()}`);
});

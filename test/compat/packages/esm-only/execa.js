// execa 9 (ESM-only) running real commands.
import { execa, execaSync } from 'execa';

const { stdout, exitCode } = await execa('echo', ['hello', 'execa']);
console.log(stdout, exitCode);
console.log(execaSync('sh', ['-c', 'echo sync; echo err >&2'], { all: true }).all);
try {
  await execa('sh', ['-c', 'exit 3']);
} catch (err) {
  console.log(err.exitCode, err.failed, err.shortMessage);
}
const piped = await execa('cat', { input: 'from stdin' });
console.log(piped.stdout);

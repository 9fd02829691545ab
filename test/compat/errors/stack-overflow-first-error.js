// The program's first error is a stack overflow at the bottom of a runaway async recursion: the promise rejects
// with a RangeError, and stack traces keep working afterwards. Run in a child: only its stdout and status are
// compared (V8 prints "Exception in PromiseRejectCallback" notes on stderr; GraalJS leaves one inner promise
// rejected and unawaited, which the child's listener ignores).
const { spawnSync } = require('node:child_process');
const child = `
process.on('unhandledRejection', () => {});
async function down() {
  await down();
}
down().then(() => console.log('resolved'), (err) => {
  console.log('rejected:', err instanceof RangeError, err.message);
  const later = new Error('later');
  console.log(later.stack.split('\\n')[0]);
});
`;
const result = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
console.log(result.status, result.stdout);

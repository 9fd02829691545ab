// A signal listener does not keep a process alive: a runtime child with only process.on('SIGINT') ends at once
// (beforeExit and exit still fire, status 0), and one whose last timer fires ends right after it.
const { spawnSync } = require('node:child_process');

const programs = {
  'only a SIGINT listener': `process.on('SIGINT', () => console.log('never'));
    process.on('beforeExit', () => console.log('beforeExit', process.listenerCount('SIGINT')));
    process.on('exit', (code) => console.log('exit', code));`,
  'listener plus one timer': `process.on('SIGTERM', () => {});
    setTimeout(() => console.log('timer fired'), 20);
    process.on('exit', (code) => console.log('exit', code));`,
  'listener and exitCode': `process.on('SIGHUP', () => {}); process.exitCode = 6; console.log('set 6');`,
};
for (const [label, source] of Object.entries(programs)) {
  const r = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8', timeout: 30000 });
  console.log(`${label}: status ${r.status} signal ${r.signal}`, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
}

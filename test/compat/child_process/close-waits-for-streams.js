// 'exit' comes when the child ends, 'close' only when its stdio streams have closed too: a background process the
// shell leaves behind keeps stdout open, so output arrives after 'exit' and 'close' waits for it. The grandchild
// waits to read the stdin it shares with the shell, which the parent destroys when the child exits (it reads end
// of file), so the order does not depend on timing. exec's callback likewise waits for the output; with stdio
// 'ignore' nothing holds 'close' back.
const { spawn, exec } = require('node:child_process');

const script = 'exec 3<&0; (read word <&3; echo "late $word"; echo "late err" >&2) & echo early';

function viaSpawn() {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script]);
    let out = '';
    let err = '';
    let outAtExit = null;
    let endBeforeClose = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('end', () => { endBeforeClose = true; });
    child.on('exit', (code, signal) => {
      outAtExit = out;
      console.log('spawn exit', code, signal, 'stdin destroyed', child.stdin.destroyed);
    });
    child.on('close', (code, signal) => {
      console.log('spawn close', code, signal, JSON.stringify(out), JSON.stringify(err));
      console.log('  late output came after exit', !outAtExit.includes('late') && out.includes('late'),
        'stdout ended first', endBeforeClose);
      resolve();
    });
  });
}

function viaExec() {
  return new Promise((resolve) => {
    let exited = false;
    const child = exec(script, (err, stdout, stderr) => {
      console.log('exec callback after exit', exited, err, JSON.stringify(stdout), JSON.stringify(stderr));
      resolve();
    });
    child.on('exit', (code) => {
      exited = true;
      console.log('exec exit', code, 'stdin destroyed', child.stdin.destroyed);
    });
  });
}

function ignored() {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'sleep 1 & echo gone'], { stdio: 'ignore' });
    let exited = false;
    child.on('exit', (code) => { exited = true; console.log('ignore: exit', code); });
    child.on('close', (code) => {
      console.log('ignore: close', code, 'after exit', exited, 'stdio', child.stdio);
      resolve();
    });
  });
}

(async () => {
  await viaSpawn();
  await viaExec();
  await ignored();
})();

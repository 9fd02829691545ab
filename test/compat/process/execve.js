// process.execve replaces the process: the new program gets the arguments and environment, 'exit' never fires.
process.on('exit', () => console.log('exit must not run'));
console.log('before');
process.stdout.write('unterminated ');
process.execve('/bin/sh', ['sh', '-c', 'echo "$0 $1 [$JNODE_A] [$HOME]"', 'replaced'], { JNODE_A: 'first' });
console.log('not reached');

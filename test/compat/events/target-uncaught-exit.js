// With no handler, a listener's error ends the process with code 1 after the current code finishes. (A thrown
// primitive: Node's report then shows only the internal rethrow site, not the stack.)
const t = new EventTarget();
t.addEventListener('x', () => { throw 'boom'; });
t.dispatchEvent(new Event('x'));
console.log('still running');
process.on('exit', (code) => console.log('exit', code));

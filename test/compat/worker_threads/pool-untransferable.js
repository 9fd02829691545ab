// The ArrayBuffer behind small Buffers is the allocation pool, shared by other Buffers: it cannot be transferred
// (the Buffers around it stay usable), while a Buffer with memory of its own can; markAsUntransferable refuses alike.
const { MessageChannel, isMarkedAsUntransferable } = require('worker_threads');
const pooled = Buffer.from('small');
console.log(isMarkedAsUntransferable(pooled.buffer), isMarkedAsUntransferable(Buffer.alloc(10).buffer));
const { port1, port2 } = new MessageChannel();
try { port1.postMessage(pooled, [pooled.buffer]); } catch (e) { console.log(e.name, e.message); }
console.log(Buffer.from('again').toString(), pooled.toString());
const own = Buffer.alloc(10, 1);
port1.postMessage(own, [own.buffer]);
console.log('own transferred', own.buffer.detached, own.length);
const marked = new ArrayBuffer(4);
require('worker_threads').markAsUntransferable(marked);
try { port1.postMessage(marked, [marked]); } catch (e) { console.log(e.name, e.message); }
port1.close();

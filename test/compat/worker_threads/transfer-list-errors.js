// Transfer lists with MessagePorts in them, as postMessage checks them: a port in the message but not in the list,
// the sending port itself, a port listed twice, a port already moved elsewhere, a listed port the message does not
// mention (moved anyway), and that a refused message moves nothing. Then a Worker's transferList option: read as
// an array-like, so a number or a plain object moves nothing while a string's characters are refused.
const { MessageChannel, Worker, receiveMessageOnPort } = require('node:worker_threads');

const { port1, port2 } = new MessageChannel();
function attempt(label, fn) {
  try {
    fn();
    const got = receiveMessageOnPort(port2);
    console.log(label, 'ok', got && Object.prototype.toString.call(got.message));
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.constructor.name, JSON.stringify(e.message));
  }
}

const other = new MessageChannel();
attempt('port not listed', () => port1.postMessage({ p: other.port1 }));
attempt('source port', () => port1.postMessage(null, [port1]));
attempt('same port twice', () => port1.postMessage(other.port1, [other.port1, other.port1]));
attempt('listed but not in the message', () => port1.postMessage('x', [other.port2]));
attempt('port already moved', () => port1.postMessage(other.port2, [other.port2]));
const ab = new ArrayBuffer(4);
const third = new MessageChannel();
attempt('buffer listed, port not', () => port1.postMessage({ ab, p: third.port1 }, [ab]));
console.log('the buffer stays', ab.byteLength, 'the port still works:');
third.port1.postMessage('through third');
console.log(receiveMessageOnPort(third.port2));
attempt('null in the list', () => port1.postMessage(1, [null]));
attempt('list null', () => port1.postMessage(1, null));
attempt('list a number', () => port1.postMessage(1, 5));
attempt('options.transfer a number', () => port1.postMessage(1, { transfer: 5 }));
port1.close();
other.port1.close();
third.port1.close();

const lists = [5, {}, 'ab'];
(async () => {
  for (const transferList of lists) {
    await new Promise((resolve) => {
      let worker;
      try {
        worker = new Worker('require("node:worker_threads").parentPort.postMessage(require("node:worker_threads").workerData)',
          { eval: true, workerData: { n: 1 }, transferList });
      } catch (e) {
        console.log('transferList', JSON.stringify(transferList), '->', e.name, e.code, e.message);
        return resolve();
      }
      worker.on('message', (m) => console.log('transferList', JSON.stringify(transferList), 'workerData', m));
      worker.on('exit', resolve);
    });
  }
})();

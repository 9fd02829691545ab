// The http server's JavaScript work without sockets: requests pushed into a fake socket, responses counted.
// Reports requests per second of wall time and per CPU-second of the JS thread alone (/proc/thread-self), which
// a busy machine disturbs much less. Usage: jnode|node bench/http/inproc.js [rounds] [requests per round]
const http = require('http');
const { Duplex } = require('stream');
const body = 'Hello, World!';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
const request = Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: wrk\r\n\r\n');
let remaining = 0, done, started;
class FakeSocket extends Duplex {
  _read() {}
  _write(chunk, enc, cb) {
    cb();
    if (--remaining > 0) setImmediate(() => this.push(request));
    else if (remaining === 0) done();
  }
  setTimeout() { return this; }
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  get remoteAddress() { return '127.0.0.1'; }
}
const sock = new FakeSocket();
server.emit('connection', sock);
function batch(n) {
  return new Promise((resolve) => {
    remaining = n; done = resolve; sock.push(request);
  });
}
const fs = require('fs');
// CPU time of the JS thread alone (utime + stime of /proc/thread-self/stat, in clock ticks of 10 ms).
function threadCpuMs() {
  const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
(async () => {
  const rounds = Number(process.argv[2] || 15), n = Number(process.argv[3] || 10000);
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint(), c = threadCpuMs();
    await batch(n);
    const ms = Number(process.hrtime.bigint() - t) / 1e6, cpu = threadCpuMs() - c;
    console.log(`round ${r}: ${Math.round(n / ms * 1000)} req/s ${Math.round(n / cpu * 1000)} req/cpu-s`);
  }

})();

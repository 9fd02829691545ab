// The hello-world server bench/http/run.sh loads: prints its port when listening.
const http = require('http');

const body = 'Hello, World!';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => console.log(server.address().port));

// The express JSON route bench/http/run.sh loads: prints its port when listening.
const express = require('express');

const app = express();
app.get('/', (req, res) => {
  res.json({ message: 'Hello, World!', items: [1, 2, 3], ok: true });
});
const server = app.listen(Number(process.argv[2] || 0), '127.0.0.1', () => console.log(server.address().port));

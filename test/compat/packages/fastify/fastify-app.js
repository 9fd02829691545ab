// fastify 4 unmodified: routes with params and query, JSON schema validation of bodies, reply codes, hooks, its
// 404, inject() (no socket) and real requests over loopback.
const http = require('http');
const fastify = require('fastify')({ logger: false });

const hooks = [];
fastify.addHook('onRequest', async (req) => { hooks.push(`onRequest ${req.method} ${req.url}`); });
fastify.get('/hi/:name', async (req) => ({ hi: req.params.name, query: req.query }));
const echoSchema = { body: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } };
fastify.post('/double', { schema: echoSchema }, async (req, reply) => {
  reply.code(201).header('x-doubled', 'yes');
  return { n: req.body.n * 2 };
});
fastify.get('/fail', async () => {
  throw Object.assign(new Error('it broke'), { statusCode: 503 });
});

function send(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'content-type': 'application/json' };
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(`${method} ${path} ${res.statusCode} ${res.headers['content-type']} ` +
        `${res.headers['x-doubled'] ?? '-'} ${text}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}

fastify.listen({ port: 0, host: '127.0.0.1' }, async (err) => {
  if (err) throw err;
  const injected = await fastify.inject({ method: 'GET', url: '/hi/bob?x=1' });
  console.log('inject', injected.statusCode, injected.headers['content-type'], injected.body);
  const { port } = fastify.server.address();
  console.log(await send(port, 'GET', '/hi/al'));
  console.log(await send(port, 'POST', '/double', '{"n":21}'));
  console.log(await send(port, 'POST', '/double', '{"m":1}'));
  console.log(await send(port, 'POST', '/double', '{"n":'));
  console.log(await send(port, 'GET', '/fail'));
  console.log(await send(port, 'GET', '/none'));
  console.log(hooks.join('\n'));
  await fastify.close();
  console.log('closed');
});

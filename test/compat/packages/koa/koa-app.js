// koa 2 unmodified: async middleware around the handler (downstream then upstream), JSON and text bodies, the
// query string, ctx.throw with a status, and koa's 404 when nothing sets a body.
const http = require('http');
const Koa = require('koa');

const app = new Koa();
const order = [];
app.use(async (ctx, next) => {
  order.push(`in ${ctx.path}`);
  await next();
  order.push(`out ${ctx.path} ${ctx.status}`);
  ctx.set('X-Seen', ctx.path);
});
app.use(async (ctx) => {
  if (ctx.path === '/json') ctx.body = { hello: 'koa', query: ctx.query };
  else if (ctx.path === '/teapot') ctx.throw(418, 'short and stout');
  else if (ctx.path === '/text') ctx.body = 'plain text';
});
app.on('error', (err) => order.push(`app error ${err.status} ${err.message}`));

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(`${path} ${res.statusCode} ${res.headers['content-type']} ` +
        `${res.headers['x-seen']} ${res.headers['content-length']} ${JSON.stringify(text)}`));
    }).on('error', reject);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/json?a=1&b=two', '/text', '/teapot', '/missing']) console.log(await get(port, path));
  console.log(order.join(', '));
  server.close(() => console.log('closed'));
});

// data: URLs answered without the network: MIME types (defaulted, normalized, invalid), base64 (with spaces,
// padding rules, invalid input), percent-decoding, fragments, and the Response's fields.
const urls = [
  'data:,Hello%2C%20World!',
  'data:text/plain;base64,SGVsbG8=',
  'data:text/plain;base64,SGVsbG8',
  'data:text/plain ; base64 ,SGV sbG8=',
  'data:;base64,SGk=',
  'data:;charset=utf-8,%C3%A9',
  'data:TEXT/HTML;Charset="UTF-8",<b>x</b>',
  'data:application/json,{"a":1}',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:text/plain,with#fragment',
  'data:bogus,invalid mime',
  'data:text/plain;base64,SGVsbG8===',
  'data:text/plain;base64,S',
  'data:no-comma',
  'data:,',
];

const dataUrls = (async () => {
  for (const url of urls) {
    try {
      const response = await fetch(url);
      const bytes = await response.bytes();
      console.log(JSON.stringify(url), response.status, response.statusText, response.type, response.url === url,
        response.redirected, JSON.stringify([...response.headers]), JSON.stringify(Buffer.from(bytes).toString('latin1')));
    } catch (err) {
      console.log(JSON.stringify(url), err.name, err.message, err.cause?.name, err.cause?.message);
    }
  }
  const post = await fetch('data:,posted', { method: 'POST', body: 'ignored' });
  console.log('POST', post.status, await post.text());
})();

// blob: URLs from URL.createObjectURL.
dataUrls.then(async () => {
  const { Blob } = require('buffer');
  const url = URL.createObjectURL(new Blob(['blob url body'], { type: 'text/x-demo' }));
  const response = await fetch(url);
  console.log('blob:', response.status, response.statusText, JSON.stringify([...response.headers]), await response.text());
  await fetch(url, { method: 'POST', body: 'x' }).catch((err) => console.log('blob: POST', err.message, err.cause?.message));
  URL.revokeObjectURL(url);
  await fetch(url).catch((err) => console.log('blob: revoked', err.message, err.cause?.message));
});

// FormData as a body: the multipart/form-data serialization (boundary masked; escaping of names and file
// names, line breaks normalized), and formData() parsing multipart and urlencoded bodies back.
const mask = (text) => text.replace(/formdata-undici-\d+/g, 'formdata-undici-N');

(async () => {
  const form = new FormData();
  form.append('plain', 'value');
  form.append('quote"name', 'line\nbreak\rand\r\nboth');
  form.append('file', new File(['file body'], 'name "q".txt', { type: 'text/plain' }));
  form.append('untyped', new Blob([new Uint8Array([0, 1, 2])]), 'bytes.bin');
  form.append('blob', new Blob(['b']));
  const response = new Response(form);
  console.log('content-type', mask(response.headers.get('content-type')));
  const bytes = await new Response(form).bytes();
  console.log('length', bytes.length);
  console.log(JSON.stringify(mask(Buffer.from(bytes).toString('latin1'))));

  const parsed = await response.formData();
  for (const [name, value] of parsed) {
    if (typeof value === 'string') console.log('field', JSON.stringify(name), JSON.stringify(value));
    else console.log('file', JSON.stringify(name), value.name, value.type, JSON.stringify(await value.text()));
  }

  const urlencoded = new Response('a=1&b=two+words&a=%C3%A9&empty=', {
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
  });
  console.log('urlencoded', [...await urlencoded.formData()]);
  const fromParams = await new Response(new URLSearchParams([['x', 'y z']])).formData();
  console.log('params', [...fromParams]);

  const handmade = '--XyZ\r\nContent-Disposition: form-data; name="field"\r\n\r\nhello\r\n' +
    '--XyZ\r\nContent-Disposition: form-data; name="up"; filename="a.txt"\r\nContent-Type: text/csv\r\n\r\n1,2\r\n' +
    '--XyZ--\r\n';
  const parsedHandmade = await new Response(handmade, {
    headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
  }).formData();
  console.log('handmade field', parsedHandmade.get('field'));
  const up = parsedHandmade.get('up');
  console.log('handmade file', up.name, up.type, await up.text());

  try {
    await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData();
  } catch (err) {
    console.log('wrong type', err.name, err.message);
  }
  try {
    await new Response('x').formData();
  } catch (err) {
    console.log('no boundary', err.name, err.message);
  }
  const request = new Request('http://a.test/', { method: 'POST', body: form });
  console.log('request content-type', mask(request.headers.get('content-type')));
  console.log('request round trip', [...(await request.formData()).keys()]);
})();

// TextEncoderStream keeps a surrogate pair split across chunks together; TextDecoderStream a split UTF-8 sequence.
(async () => {
  const encoder = new TextEncoderStream();
  console.log(encoder);
  const w = encoder.writable.getWriter();
  w.write('h\u00e9');
  w.write('\ud83d');
  w.write('\ude00');
  w.write('\ud800');
  w.close();
  for await (const c of encoder.readable) console.log(c);
  const decoder = new TextDecoderStream('utf-8', { fatal: false });
  console.log(decoder);
  const dw = decoder.writable.getWriter();
  dw.write(new Uint8Array([0x68, 0xc3]));
  dw.write(new Uint8Array([0xa9]).buffer);
  dw.write(new Uint8Array([0xe2, 0x82]));
  dw.close();
  for await (const c of decoder.readable) console.log(JSON.stringify(c));
  const bad = new TextDecoderStream();
  bad.writable.getWriter().write('not bytes').catch((e) => console.log(e.name, e.code, e.message));
})();

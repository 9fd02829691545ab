'use strict';
for (const s of ['aGVsbG8=', 'aGVsbG8', 'aGV sbG8', 'aGVs\nbG8=', 'a-_b', 'aGVsbG8=aGk=', 'aGVs=bG8', 'a', 'ab', 'abc',
  'ab=c', '!!!aGk', 'aGk=====', 'aG=k', '', '====', 'YQ', 'YWI', '  Y W J j  ']) {
  const b = Buffer.from(s, 'base64');
  console.log(JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, 'base64'));
}

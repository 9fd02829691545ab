'use strict';
for (const e of ['utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY',
  'base64', 'base64url', 'hex', 'ascii', 'utf16', 'utf-16', 'nope', '', null, undefined, 1, {}]) {
  console.log(String(e), Buffer.isEncoding(e));
}

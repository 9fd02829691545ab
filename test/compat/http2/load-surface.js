// What packages read from node:http2 when they load: its keys, constants, default settings, sensitiveHeaders.
const http2 = require('http2');

console.log(Object.keys(http2).join(' '));
const { constants } = http2;
console.log(Object.keys(constants).length);
for (const name of ['HTTP2_HEADER_PATH', 'HTTP2_HEADER_STATUS', 'HTTP2_HEADER_METHOD', 'HTTP2_HEADER_AUTHORITY',
  'HTTP2_HEADER_SET_COOKIE', 'NGHTTP2_CANCEL', 'HTTP_STATUS_OK', 'HTTP2_METHOD_GET', 'NGHTTP2_SETTINGS_ENABLE_PUSH']) {
  console.log(name, constants[name]);
}
console.log(http2.getDefaultSettings());
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
console.log(typeof http2.connect, http2.connect.name, typeof http2.Http2ServerRequest);

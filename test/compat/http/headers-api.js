// The header methods of OutgoingMessage and their errors, the header validators, METHODS and STATUS_CODES.
const http = require('http');

const res = new http.ServerResponse({ method: 'GET', headers: {}, httpVersionMajor: 1, httpVersionMinor: 1 });
const t = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('set', () => res.setHeader('Content-Type', 'text/plain') === res);
t('set number', () => res.setHeader('X-Num', 5) && res.getHeader('x-num'));
t('set array', () => res.setHeader('X-List', ['a', 'b']) && res.getHeader('X-LIST'));
t('append', () => res.appendHeader('x-list', 'c') && res.getHeader('x-list'));
t('append new', () => res.appendHeader('X-New', ['1', '2']) && res.getHeader('x-new'));
t('names', () => res.getHeaderNames());
t('raw names', () => res.getRawHeaderNames());
t('headers', () => res.getHeaders());
t('proto', () => Object.getPrototypeOf(res.getHeaders()));
t('has', () => [res.hasHeader('content-type'), res.hasHeader('nope')]);
t('remove', () => { res.removeHeader('X-NUM'); return res.getHeaderNames(); });
t('bad name', () => res.setHeader('a b', 'x'));
t('empty name', () => res.setHeader('', 'x'));
t('bad value', () => res.setHeader('a', 'x\n'));
t('undefined value', () => res.setHeader('a', undefined));
t('getHeader number', () => res.getHeader(5));
t('hasHeader number', () => res.hasHeader(5));
t('setHeaders map', () => { res.setHeaders(new Map([['x-map', '1'], ['set-cookie', 'a=1']])); return res.getHeaders(); });
t('setHeaders object', () => res.setHeaders({ a: 1 }));
t('setHeaders Headers', () => { res.setHeaders(new Headers([['x-h', '2'], ['set-cookie', 'b'], ['set-cookie', 'c']])); return res.getHeader('set-cookie'); });
const fresh = () => new http.ServerResponse({ method: 'GET', headers: {}, httpVersionMajor: 1, httpVersionMinor: 1 });
t('status', () => res.writeHead(99));
t('status big', () => res.writeHead(1000));
t('status message', () => http.ServerResponse.prototype.writeHead.call(fresh(), 200, 'a\nb'));
t('writeHead', () => res.writeHead(200, { 'x-late': 'yes' }) === res);
t('headersSent', () => res.headersSent);
t('set after', () => { res.setHeader('a', 'b'); });
t('remove after', () => res.removeHeader('a'));
t('append after', () => { res.appendHeader('a', 'b'); });
t('writeHead twice', () => res.writeHead(200));
t('validateHeaderName', () => http.validateHeaderName('x y'));
t('validateHeaderName ok', () => http.validateHeaderName('x-y'));
t('validateHeaderValue', () => http.validateHeaderValue('x', 'a\u0000'));
t('validateHeaderValue undefined', () => http.validateHeaderValue('x', undefined));
t('validateHeaderValue ok', () => http.validateHeaderValue('x', 'tab\there \u00ff'));
t('trailer name', () => res.addTrailers({ 'a b': 'x' }));
t('trailer value', () => res.addTrailers({ ab: 'x\r' }));
console.log(http.METHODS.length, http.METHODS.join(','));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[509], http.maxHeaderSize);
console.log(typeof http.Server, typeof http.createServer, http.OutgoingMessage.prototype instanceof require('stream'));
console.log(res instanceof require('stream').Writable, res instanceof http.OutgoingMessage);

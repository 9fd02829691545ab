'use strict';
// The blockList option: connect refused with ERR_IP_BLOCKED, a server closing blocked peers silently, validation.
const net = require('net');
const bl = new net.BlockList(); bl.addAddress('127.0.0.1');
const s = net.connect({ port: 9, host: '127.0.0.1', blockList: bl });
s.on('error', (e) => { console.log(e.code, e.message, Object.keys(e), e.name); });
const srv = net.createServer({ blockList: bl }, () => console.log('conn!'));
srv.on('drop', (d) => console.log('drop', d));
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1');
  c.on('connect', () => console.log('client connected'));
  c.on('error', (e) => console.log('client err', e.code));
  c.on('close', () => { console.log('client close'); srv.close(); });
});
try { net.connect({ port: 9, blockList: {} }); } catch (e) { console.log(e.code, e.message); }
try { net.createServer({ blockList: 5 }); } catch (e) { console.log(e.code, e.message); }

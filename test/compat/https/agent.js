// https.Agent and globalAgent: defaults, the pool's names with TLS options, and that http's request refuses
// an https agent (and the reverse).
const https = require('https');
const http = require('http');

const agent = new https.Agent();
console.log(agent.defaultPort, agent.protocol, agent instanceof http.Agent, agent.maxCachedSessions);
console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, https.globalAgent.keepAlive);
console.log(JSON.stringify(agent.getName({ host: 'a', port: 1 })));
console.log(JSON.stringify(agent.getName({ host: 'a', port: 1, ca: 'CA', rejectUnauthorized: false, servername: 'x', minVersion: 'TLSv1.3' })));
console.log(JSON.stringify(agent.getName({ host: 'a', port: 443, family: 4, maxVersion: 'TLSv1.2', ciphers: 'C' })));
console.log(Object.keys(https).sort().join(','));
try {
  http.request({ host: 'localhost', port: 1, agent });
} catch (err) {
  console.log(err.code, err.message);
}
try {
  https.request({ host: 'localhost', port: 1, agent: new http.Agent() });
} catch (err) {
  console.log(err.code, err.message);
}
const server = https.createServer();
console.log(server instanceof require('tls').Server, server instanceof require('net').Server, typeof server.closeAllConnections, server.keepAliveTimeout, server.headersTimeout);

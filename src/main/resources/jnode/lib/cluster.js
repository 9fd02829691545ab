'use strict';
// node:cluster: a process started by cluster.fork() (NODE_UNIQUE_ID set) is a worker, any other the primary.

module.exports = require('NODE_UNIQUE_ID' in process.env ? 'internal/cluster/child' : 'internal/cluster/primary');

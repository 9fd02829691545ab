'use strict';
// node:cluster, as far as a process without workers goes: it is the primary (unless a cluster parent marked it
// with NODE_UNIQUE_ID), which is what test/common and libraries probe. Forking workers is not built yet.

const EventEmitter = require('events');
const { unsupportedFunctions } = require('internal/unsupported');

const isWorker = 'NODE_UNIQUE_ID' in process.env;
const cluster = new EventEmitter();
cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.workers = {};
cluster.settings = {};
unsupportedFunctions('cluster', ['fork', 'setupPrimary', 'setupMaster', 'disconnect'], cluster);

module.exports = cluster;

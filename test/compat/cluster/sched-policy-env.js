// cluster.schedulingPolicy from NODE_CLUSTER_SCHED_POLICY ('rr', 'none', unset, or an unknown value) in fresh
// processes, and that assigning it before the first fork is kept; the value is read when cluster is loaded.
const { spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  const cluster = require('node:cluster');
  const before = cluster.schedulingPolicy;
  cluster.schedulingPolicy = before === cluster.SCHED_RR ? cluster.SCHED_NONE : cluster.SCHED_RR;
  console.log(JSON.stringify(process.env.NODE_CLUSTER_SCHED_POLICY), before, '-> assigned', cluster.schedulingPolicy);
} else {
  for (const value of [undefined, 'none', 'bogus']) {
    const env = { ...process.env };
    delete env.NODE_CLUSTER_SCHED_POLICY;
    if (value !== undefined) env.NODE_CLUSTER_SCHED_POLICY = value;
    const r = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
    process.stdout.write(r.stdout);
    if (r.status !== 0) console.log('status', r.status, r.stderr);
  }
}

// process.setuid family and groups: argument validation and unknown names (no credential actually changes).
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const name of ['setuid', 'setgid', 'seteuid', 'setegid']) {
  attempt(name, () => process[name]({}));
  attempt(name, () => process[name](-1));
  attempt(name, () => process[name](1.5));
  attempt(name, () => process[name]('no-such-name-jnode'));
  console.log(name, process[name].length);
}
attempt('setgroups', () => process.setgroups());
attempt('setgroups', () => process.setgroups([1, -1]));
attempt('setgroups', () => process.setgroups([null]));
attempt('setgroups', () => process.setgroups([0, 'no-such-group-jnode']));
attempt('initgroups', () => process.initgroups(true, 0));
attempt('initgroups', () => process.initgroups('root', {}));
attempt('initgroups', () => process.initgroups('no-such-user-jnode', 'no-such-group-jnode'));
attempt('initgroups', () => process.initgroups(4000000000, 0));
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.includes(process.getegid()), groups.every(Number.isInteger));

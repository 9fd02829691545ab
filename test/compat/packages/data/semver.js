// semver 7 unmodified: parsing, comparison, ranges (every operator form), increments, coercion, sorting and
// set operations, with loose/includePrerelease options and its errors.
const semver = require('semver');

const show = (label, value) => console.log(label, JSON.stringify(value));

show('valid/clean', [semver.valid('1.2.3'), semver.valid('a.b.c'), semver.valid('v1.2.3-beta.1+build.5'),
  semver.clean('  =v1.2.3   '), semver.clean('~1.0.0'), semver.valid('01.2.3'), semver.valid('01.2.3', { loose: true })]);
const v = semver.parse('1.2.3-alpha.10.beta+exp.sha.5114f85');
show('parse', [v.major, v.minor, v.patch, v.prerelease, v.build, v.version, v.raw, String(v), v.compareMain('1.2.3')]);
show('parts', [semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'), semver.prerelease('1.2.3-rc.1'),
  semver.prerelease('1.2.3')]);
show('compare', [semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3-alpha', '1.2.3'), semver.eq('1.2.3', 'v1.2.3'),
  semver.neq('1.0.0', '1.0.1'), semver.gte('1.0.0-rc.1', '1.0.0-beta.11'), semver.compare('1.0.0-alpha.1', '1.0.0-alpha.beta'),
  semver.rcompare('1.0.0', '2.0.0'), semver.compareLoose('1.2.3', '1.2.03'), semver.compareBuild('1.0.0+2', '1.0.0+10'),
  semver.cmp('1.0.0', '>=', '0.9.9'), semver.diff('1.2.3', '1.3.0'), semver.diff('1.2.3', '1.2.3-rc.1'), semver.diff('2.0.0', '2.0.0')]);
show('sort', [semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.1.0', '1.2.0+b']), semver.rsort(['1.0.0', '2.0.0', '1.5.0'])]);

const ranges = ['^1.2.3', '~1.2.3', '1.x', '>=1.2.7 <1.3.0', '1.2.3 - 2.3.4', '1.2 - 2', '*', '', '^0.0.3', '^0.2.3',
  '~1', '>1.2.3-alpha.3', '1.2.7 || >=1.2.9 <2.0.0', '<=1.2.3', 'x.x.x', '^1.2.3-beta.2', '~1.2.3-beta.2', '>= 1.0.0'];
for (const range of ranges) {
  show(`range ${JSON.stringify(range)}`, [semver.validRange(range),
    ['1.2.3', '1.2.8', '1.3.0', '2.0.0', '1.2.3-beta.4', '0.0.3', '0.2.9'].filter((x) => semver.satisfies(x, range))]);
}
show('includePrerelease', [semver.satisfies('1.3.0-beta', '^1.2.0'), semver.satisfies('1.3.0-beta', '^1.2.0', { includePrerelease: true })]);
show('max/min satisfying', [semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0'], '~1.2.0'), semver.minSatisfying(['1.2.3', '1.2.4'], '^1.0.0'),
  semver.minVersion('>=1.0.0 <2'), semver.minVersion('>1.0.0'), semver.minVersion('^0.0.0-0 || >3')]);
show('gtr/ltr/outside', [semver.gtr('2.0.0', '^1.0.0'), semver.ltr('0.9.0', '^1.0.0'), semver.outside('3.0.0', '1.x', '>')]);
show('intersects/subset', [semver.intersects('^1.0.0', '>=1.5.0 <3'), semver.intersects('1.x', '2.x'),
  semver.subset('^1.2.0', '^1.0.0'), semver.subset('^1.0.0', '^1.2.0')]);
show('simplifyRange', semver.simplifyRange(['1.0.0', '1.1.0', '1.2.0', '2.0.0'], '1.0.0 || 1.1.0 || 1.2.0 || 2.0.0'));
show('toComparators', semver.toComparators('^1.2 || 3.x'));
const range = new semver.Range('>=1.2.3 <2 || 3.x');
show('Range', [range.range, range.format(), range.set.length, range.test('3.4.5'), String(range)]);
const comparator = new semver.Comparator('>=1.2.3');
show('Comparator', [comparator.operator, comparator.semver.version, comparator.test('1.3.0'), comparator.value]);

for (const [version, release, id, base] of [['1.2.3', 'major'], ['1.2.3', 'minor'], ['1.2.3', 'patch'],
  ['1.2.3', 'premajor', 'beta'], ['1.2.3', 'preminor', 'alpha', '1'], ['1.2.3-beta.1', 'prerelease'], ['1.2.3', 'prepatch'],
  ['1.2.3-rc.0', 'patch'], ['1.2.3', 'prerelease', 'dev', false], ['1.2.3', 'release'], ['1.2.3-rc.1', 'release'],
  ['1.2.3', 'nope']]) {
  try {
    show(`inc ${version} ${release}`, semver.inc(version, release, id, base));
  } catch (e) {
    show(`inc ${version} ${release}`, e.message);
  }
}
const mutable = new semver.SemVer('1.0.0');
mutable.inc('minor');
show('SemVer.inc', mutable.version);
show('coerce', ['v2', '42.6.7.9.3-alpha', 'version 1.2', '1.2.3.4', 'x', '3.4.5-rc.1+b', null].map((c) => {
  const r = semver.coerce(c);
  return r && r.version;
}));
show('coerce rtl/includePrerelease', [semver.coerce('1.2.3.4', { rtl: true }).version,
  semver.coerce('1.2.3-rc.1', { includePrerelease: true }).version]);
for (const bad of [() => new semver.SemVer('nope'), () => new semver.SemVer(123), () => new semver.Range('>>1'),
  () => new semver.SemVer('1.2.3'.padEnd(300, '0'))]) {
  try {
    bad();
  } catch (e) {
    show('error', [e.constructor.name, e.message]);
  }
}
show('constants', [semver.SEMVER_SPEC_VERSION, semver.RELEASE_TYPES]);

// navigator.language and Intl's default locale follow LC_ALL, LC_MESSAGES and LANG, as ICU reads them in Node,
// whether or not the system has the locale installed. (LC_ALL is left out: bash, which runs jnode's launcher,
// warns on stderr about an LC_ALL the C library does not have.) Mixed settings are in navigator-language-mixed, so
// each case starts few runtimes.
const { execFileSync } = require('child_process');

const probe = 'console.log(navigator.language, navigator.languages.join(), ' +
  'Intl.DateTimeFormat().resolvedOptions().locale, (1234.5).toLocaleString(), new Date(0).toLocaleDateString())';
for (const env of [{ LANG: 'de_DE.UTF-8' }, { LANG: 'C.UTF-8' }, { LANG: 'POSIX' }, {}]) {
  const out = execFileSync(process.execPath, ['-e', probe], { env: { ...env, TZ: 'UTC' }, encoding: 'utf8' });
  console.log(JSON.stringify(env), '->', out.trim());
}

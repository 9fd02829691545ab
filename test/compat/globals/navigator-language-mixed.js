// navigator.language and Intl's default locale when LC_MESSAGES and LANG differ, when LANG names a charset other
// than UTF-8, and with a locale modifier (@valencia), whether or not the system has the locale installed.
const { execFileSync } = require('child_process');

const probe = 'console.log(navigator.language, navigator.languages.join(), ' +
  'Intl.DateTimeFormat().resolvedOptions().locale, (1234.5).toLocaleString(), new Date(0).toLocaleDateString())';
for (const env of [{ LANG: 'fr_FR', LC_MESSAGES: 'ja_JP.UTF-8' }, { LANG: 'en_GB.ISO-8859-1', LC_MESSAGES: 'pt_BR' },
  { LANG: 'ca_ES@valencia' }]) {
  const out = execFileSync(process.execPath, ['-e', probe], { env: { ...env, TZ: 'UTC' }, encoding: 'utf8' });
  console.log(JSON.stringify(env), '->', out.trim());
}

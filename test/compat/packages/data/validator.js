// validator 13 unmodified: string validators with their options, sanitizers, and its type error for
// non-strings.
const validator = require('validator');

const show = (label, value) => console.log(label, JSON.stringify(value));
const check = (name, inputs, options) => show(name, inputs.map((s) => validator[name](s, options)));

check('isEmail', ['foo@bar.com', 'x@y', 'a.b+c@sub.example.co.uk', '"quoted"@x.org', 'ünïcode@bücher.de', 'a@b..com', 'foo@[127.0.0.1]']);
check('isEmail', ['display <a@b.com>', 'a@b.com'], { allow_display_name: true });
check('isURL', ['https://example.com/path?q=1#h', 'ftp://x.org', 'example.com', 'http://localhost:3000', 'http://256.1.1.1',
  'javascript:alert(1)', 'http://user:pw@host.com', 'http://[::1]:8080/', 'http://exa mple.com']);
check('isURL', ['http://localhost:3000', 'example.com'], { require_tld: false, require_protocol: true });
check('isIP', ['127.0.0.1', '256.0.0.1', '::1', 'fe80::1%eth0', '2001:db8::', '1.2.3']);
show('isIP versions', [validator.isIP('::1', 4), validator.isIP('::1', 6), validator.isIPRange('10.0.0.0/8'), validator.isIPRange('10.0.0.0/33')]);
check('isFQDN', ['example.com', 'localhost', 'a-.com', 'xn--bcher-kva.de', 'example.com.']);
check('isMACAddress', ['01:23:45:67:89:ab', '01-23-45-67-89-AB', '0123.4567.89ab', '01:23:45:67:89']);
check('isUUID', ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6ba7b810-9dad-41d1-80b4-00c04fd430c8', 'xyz']);
show('isUUID version', [validator.isUUID('6ba7b810-9dad-41d1-80b4-00c04fd430c8', 4), validator.isUUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 4)]);
check('isNumeric', ['123', '-1.5', '1e5', '', '١٢٣']);
check('isInt', ['12', '012', '-3', '3.0', '99999999999999999999']);
show('isInt options', [validator.isInt('5', { min: 1, max: 4 }), validator.isInt('012', { allow_leading_zeroes: false }), validator.isInt('4', { gt: 3, lt: 5 })]);
check('isFloat', ['1.5', '.5', '1,5', 'NaN', '-0.0']);
show('isFloat locale', [validator.isFloat('1,5', { locale: 'de-DE' }), validator.isDecimal('1.23', { decimal_digits: '1' })]);
check('isHexadecimal', ['deadBEEF', '0xff', 'xyz']);
check('isBase64', ['aGVsbG8=', 'aGVsbG8', 'not base64!', '']);
show('isBase64 url', [validator.isBase64('aGk-_w', { urlSafe: true }), validator.isBase64url ? validator.isBase64('a+b/', { urlSafe: true }) : null]);
check('isJSON', ['{"a":1}', '[1,2]', '1', '{a:1}', 'null']);
check('isJWT', ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', 'a.b', 'a.b.c.d']);
check('isCreditCard', ['4111111111111111', '4111111111111112', '5500 0000 0000 0004', '378282246310005']);
check('isISBN', ['978-3-16-148410-0', '0-306-40615-2', '1234567890']);
check('isIBAN', ['DE89370400440532013000', 'GB82WEST12345698765432', 'DE89370400440532013001']);
check('isISO8601', ['2024-02-29', '2023-02-29', '2024-02-29T13:45:30Z', '2024-W09-4', '20240229T134530+0100', 'not']);
show('isISO8601 strict', [validator.isISO8601('2023-02-29', { strict: true }), validator.isRFC3339('2024-02-29T13:45:30.5+01:00')]);
check('isDate', ['2024/02/29', '2023-02-29', '02/29/2024', new Date(0).toISOString()]);
show('isDate format', [validator.isDate('29.02.2024', { format: 'DD.MM.YYYY', delimiters: ['.'] }), validator.isTime('23:59'), validator.isTime('24:00')]);
check('isAlpha', ['abc', 'abc1', 'äöü', '']);
show('isAlpha locale', [validator.isAlpha('äöü', 'de-DE'), validator.isAlpha('Привет', 'ru-RU'), validator.isAlphanumeric('ab 12', 'en-US', { ignore: ' ' })]);
show('isAlpha bad locale', (() => { try { return validator.isAlpha('x', 'xx-XX'); } catch (e) { return `${e.constructor.name}: ${e.message}`; } })());
check('isMobilePhone', ['+14155552671', '0151 12345678', '+491511234567', '12']);
show('isMobilePhone locale', [validator.isMobilePhone('+491511234567', 'de-DE'), validator.isMobilePhone('+491511234567', 'en-US', { strictMode: true })]);
check('isPostalCode', ['10115', '90210-1234'], 'US');
check('isStrongPassword', ['Passw0rd!', 'password', 'Aa1!aaaa']);
show('isStrongPassword score', validator.isStrongPassword('Passw0rd!', { returnScore: true }));
check('isLength', ['abc', '', '𝒳𝒴'], { min: 2, max: 3 });
check('isByteLength', ['abc', 'äbc'], { max: 3 });
show('misc', [validator.contains('Hello World', 'world', { ignoreCase: true }), validator.equals('a', 'a'), validator.matches('abc', /^a/),
  validator.matches('ABC', '^a', 'i'), validator.isIn('b', ['a', 'b']), validator.isBoolean('true'), validator.isBoolean('yes', { loose: true }),
  validator.isHexColor('#abc'), validator.isRgbColor('rgb(1,2,3)'), validator.isHSL('hsl(360,100%,50%)'), validator.isMongoId('507f1f77bcf86cd799439011'),
  validator.isSemVer('1.2.3-beta+b'), validator.isSlug('a-slug-here'), validator.isPort('65536'), validator.isMD5('d41d8cd98f00b204e9800998ecf8427e'),
  validator.isHash('da39a3ee5e6b4b0d3255bfef95601890afd80709', 'sha1'), validator.isAscii('ascii'), validator.isFullWidth('ｆｕｌｌ'),
  validator.isMultibyte('ひらがな'), validator.isSurrogatePair('𝒳'), validator.isUppercase('ABC'), validator.isLowercase('abc'),
  validator.isDataURI('data:text/plain;base64,SGk='), validator.isMagnetURI('magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a'),
  validator.isLatLong('48.8566,2.3522'), validator.isCurrency('$1,000.00'), validator.isEAN('4006381333931'), validator.isBIC('DEUTDEFF'),
  validator.isLocale('en-US'), validator.isMimeType('text/html; charset=utf-8'), validator.isOctal('0o17'), validator.isDivisibleBy('10', 5),
  validator.isTaxID('123-45-6789'), validator.isVAT('DE123456789', 'DE'), validator.isLicensePlate('B-AB 123', 'de-DE')]);

show('sanitizers', [validator.escape('<a href="x">\'&</a>'), validator.unescape('&lt;b&gt;&amp;&#x27;&quot;'), validator.trim('  x  '),
  validator.ltrim('__x__', '_'), validator.rtrim('__x__', '_'), validator.stripLow('a\x00b\nc', true), validator.whitelist('abc123', 'a-c'),
  validator.blacklist('abc123', '0-9'), validator.toInt('42px'), validator.toInt('ff', 16), validator.toFloat('3.14abc'),
  validator.toBoolean('0'), validator.toBoolean('false'), validator.toBoolean('yes', true), validator.toDate('2024-02-29').toISOString(),
  validator.toDate('garbage'), validator.normalizeEmail('Foo.Bar+tag@GoogleMail.com'),
  validator.normalizeEmail('A.B@Example.COM', { all_lowercase: false }), validator.version]);
for (const bad of [123, null, undefined, {}, ['a']]) {
  try {
    validator.isEmail(bad);
  } catch (e) {
    show('type error', [e.constructor.name, e.message]);
  }
}

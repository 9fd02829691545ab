// util.MIMEType / MIMEParams: parsing (whitespace, quoting, bad parameters skipped), serializing, setters, errors.
const { MIMEType, MIMEParams, inspect } = require('util');
const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar; foo=baz; x="a\\"b"; empty=; =v; y ');
console.log(String(m), m.type, m.subtype, m.essence, JSON.stringify(m), m.params.get('charset'), m.params.get('x'));
console.log(inspect(m), inspect(m.params), [...m.params], [...m.params.keys()], [...m.params.values()]);
m.type = 'Application'; m.subtype = 'JSON'; console.log(String(m));
for (const bad of ['', 'text', 'text/', '/html', 't@xt/html', 'text/ht ml', ' text/html ', 'text/html;']) { try { console.log(JSON.stringify(bad), String(new MIMEType(bad))); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message); } }
try { m.type = 'a b'; } catch (e) { console.log(e.name, e.code, e.message); }
try { m.subtype = ''; } catch (e) { console.log(e.name, e.code, e.message); }
try { m.params.set('a b', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { m.params.set('k', 'v\n'); } catch (e) { console.log(e.name, e.code, e.message); }
m.params.set('k', 'needs quote;'); m.params.set('Q', ''); m.params.delete('foo'); console.log(String(m), m.params.has('q'), m.params.has('Q'));
const p = new MIMEParams(); p.set('a', '1'); console.log(String(p), p.toJSON(), inspect(p), inspect(new MIMEParams()));
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
console.log(String(new MIMEType('text/plain;charset=\u00e9')), String(new MIMEType('text/plain;a="\u00e9"')));
console.log(String(new MIMEType('x/y;A="b\\')), String(new MIMEType('x/y; a = b; c="d" e; f="g"h')));
console.log(inspect(m, { depth: -1 }), inspect({ m }, { depth: 0 }));
try { new MIMEType({ toString() { return 'a/b'; } }); console.log('obj ok'); } catch (e) { console.log(e.code); }
try { new MIMEType(Symbol()); } catch (e) { console.log(e.name, e.message); }

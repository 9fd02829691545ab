// zod 4 unmodified (its CommonJS build): schemas of every common kind, parse/safeParse with issues,
// transforms, refinements, coercion, discriminated unions, recursive schemas, async parsing, error formatting
// and JSON Schema output.
const { z } = require('zod');

const show = (label, value) => console.log(label, JSON.stringify(value));
const issues = (result) => (result.success ? ['ok', result.data] : result.error.issues.map((i) => [i.code, i.path, i.message]));

const User = z.object({
  id: z.uuid(),
  name: z.string().min(2).max(20).trim(),
  email: z.email(),
  age: z.number().int().nonnegative().optional(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).max(3).default([]),
  website: z.url().nullable().optional(),
  joined: z.iso.date(),
  meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
show('valid user', issues(User.safeParse({ id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', name: '  Ada  ', email: 'ada@example.com',
  joined: '2024-02-29', meta: { a: 1, b: 'x' } })));
show('invalid user', issues(User.safeParse({ id: 'nope', name: 'A', email: 'not-an-email', age: -1.5, role: 'root',
  tags: ['a', 'b', 'c', 'd'], website: 'ftp//x', joined: '2023-02-30', meta: { a: true }, extra: 1 })));
show('strict', issues(User.strict().safeParse({ id: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', name: 'Bob', email: 'b@b.co',
  joined: '2024-01-01', extra: 1 })));
show('passthrough/pick/omit/partial', [User.pick({ name: true }).parse({ name: ' Cy ', x: 1 }),
  z.object({ a: z.string() }).loose().parse({ a: 'x', b: 2 }), Object.keys(User.omit({ meta: true, tags: true }).shape),
  User.partial().parse({}), z.object({ a: z.number() }).extend({ b: z.boolean() }).parse({ a: 1, b: false })]);

try {
  z.number().parse('5');
} catch (e) {
  show('thrown', [e.constructor.name, e.name, e.issues.length, e.message]);
}
show('primitives', [issues(z.string().safeParse(1)), issues(z.boolean().safeParse('true')),
  issues(z.date().safeParse(new Date('x'))), issues(z.literal('a').safeParse('b')), issues(z.null().safeParse(undefined)),
  issues(z.nan().safeParse(NaN)), issues(z.symbol().safeParse(Symbol.iterator)).length, issues(z.never().safeParse(1))]);
show('strings', [z.string().regex(/^a+$/).safeParse('aab').success, z.string().startsWith('x').endsWith('z').safeParse('xyz').success,
  z.string().length(3).safeParse('ab').error.issues[0].message, z.ipv4().safeParse('1.2.3.4').success, z.ipv6().safeParse('::1').success,
  z.cuid().safeParse('cjld2cjxh0000qzrmn831i7rn').success, z.base64().safeParse('aGk=').success, z.iso.datetime().safeParse('2024-01-01T00:00:00Z').success,
  z.iso.datetime({ offset: true }).safeParse('2024-01-01T00:00:00+02:00').success, z.string().toLowerCase().parse('ABC'), z.emoji().safeParse('🙂').success,
  z.hex().safeParse('ff00').success, z.jwt().safeParse('a.b.c').success, z.e164().safeParse('+14155552671').success]);
show('numbers', [issues(z.number().gt(5).lte(10).multipleOf(2).safeParse(7)), z.number().safeParse(Infinity).success,
  z.int32().safeParse(2 ** 31).success, z.number().positive().safeParse(0).error.issues[0].message]);
show('coerce', [z.coerce.number().parse('42'), z.coerce.boolean().parse(''), z.coerce.date().parse('2024-02-29').toISOString(),
  z.coerce.string().parse(12), z.coerce.bigint().parse('9007199254740993').toString(), issues(z.coerce.number().safeParse('x'))]);

const Shape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), r: z.number() }),
  z.object({ kind: z.literal('rect'), w: z.number(), h: z.number() }),
]);
show('discriminated', [Shape.parse({ kind: 'rect', w: 1, h: 2 }), issues(Shape.safeParse({ kind: 'tri' })), issues(Shape.safeParse({ kind: 'circle' }))]);
show('union/intersection/tuple', [issues(z.union([z.string(), z.number()]).safeParse(true)),
  z.intersection(z.object({ a: z.number() }), z.object({ b: z.string() })).parse({ a: 1, b: 'x' }),
  issues(z.tuple([z.string(), z.number()], z.boolean()).safeParse(['a', 1, true, 'x']))]);
show('map/set', [Array.from(z.map(z.string(), z.number()).parse(new Map([['a', 1]]))), Array.from(z.set(z.number()).min(1).parse(new Set([3]))),
  issues(z.set(z.string()).safeParse(new Set([1])))]);

const Price = z.string().transform((s) => Number.parseFloat(s)).pipe(z.number().positive());
show('transform/pipe', [Price.parse('12.5'), issues(Price.safeParse('-1')), z.string().transform((s) => s.length).parse('four')]);
const Password = z.object({ pw: z.string(), confirm: z.string() }).refine((d) => d.pw === d.confirm, { message: 'no match', path: ['confirm'] });
show('refine', issues(Password.safeParse({ pw: 'a', confirm: 'b' })));
const Even = z.number().superRefine((n, ctx) => {
  if (n % 2) ctx.addIssue({ code: 'custom', message: `${n} is odd`, params: { n } });
});
show('superRefine', issues(Even.safeParse(3)));
show('default/catch/preprocess', [z.string().default('dflt').parse(undefined), z.number().catch(-1).parse('bad'),
  z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string())).parse('a,b')]);

const Category = z.object({ name: z.string(), get children() { return z.array(Category); } });
show('recursive', [Category.safeParse({ name: 'root', children: [{ name: 'leaf', children: [] }] }).success,
  issues(Category.safeParse({ name: 'root', children: [{ name: 1, children: [] }] }))]);

const bad = z.object({ a: z.string(), b: z.object({ c: z.number() }) }).safeParse({ a: 1, b: { c: 'x' } });
show('flatten', z.flattenError(bad.error));
show('tree', z.treeifyError(bad.error));
console.log('pretty\n' + z.prettifyError(bad.error));
show('custom error map', issues(z.string({ error: (iss) => `need text, got ${typeof iss.input}` }).safeParse(5)));
show('json schema', z.toJSONSchema(z.object({ name: z.string().min(1).describe('the name'), n: z.number().int().optional(),
  kind: z.enum(['a', 'b']), list: z.array(z.boolean()).default([]) })));
show('brand/readonly', [z.string().brand('Id').parse('x'), Object.isFrozen(z.object({ a: z.number() }).readonly().parse({ a: 1 }))]);
show('meta/describe', [z.string().describe('text').description, z.string().meta({ title: 'T' }).meta()]);

const Slow = z.string().refine(async (s) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return s.length > 2;
}, 'too short');
Slow.safeParseAsync('ab').then((r) => show('async refine', issues(r)))
  .then(() => Slow.parseAsync('abc')).then((v) => show('async ok', v))
  .then(() => { try { Slow.parse('abc'); } catch (e) { show('sync parse of async schema', [e.constructor.name, e.message]); } });

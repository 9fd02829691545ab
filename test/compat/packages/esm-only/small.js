// Small ESM-only packages, unmodified: chalk 5, nanoid 5, p-limit 6, uuid (ESM build), lodash-es, date-fns, zod 4.
import chalk, { Chalk } from 'chalk';
import { nanoid, customAlphabet } from 'nanoid';
import pLimit from 'p-limit';
import { v4 as uuidv4, validate, version, v5 as uuidv5 } from 'uuid';
import { chunk, groupBy, debounce } from 'lodash-es';
import * as _ from 'lodash-es';
import { addDays, format, differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';

const colored = new Chalk({ level: 1 });
console.log(JSON.stringify(colored.red.bold('red')), chalk.level >= 0, typeof chalk.blue);

console.log(nanoid().length, /^[A-Za-z0-9_-]+$/.test(nanoid()), customAlphabet('ab', 8)().length);

const limit = pLimit(2);
let running = 0;
let peak = 0;
const task = (i) => limit(async () => {
  running++;
  peak = Math.max(peak, running);
  await new Promise((resolve) => setTimeout(resolve, 5));
  running--;
  return i * 2;
});
console.log(await Promise.all([1, 2, 3, 4, 5].map(task)), 'peak', peak, limit.activeCount, limit.pendingCount);

const id = uuidv4();
console.log(validate(id), version(id), uuidv5('hello', uuidv5.URL));

console.log(chunk([1, 2, 3, 4, 5], 2), groupBy(['one', 'two', 'three'], 'length'), typeof debounce);
console.log(Object.keys(_).length > 250, _.default === undefined ? 'no default' : typeof _.default);

const day = new Date(Date.UTC(2024, 0, 30));
console.log(format(addDays(day, 3), 'yyyy-MM-dd'), differenceInCalendarDays(addDays(day, 40), day));

const User = z.object({ name: z.string().min(2), age: z.number().int().positive() });
console.log(User.parse({ name: 'Ada', age: 36 }));
const bad = User.safeParse({ name: 'A', age: -1 });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`));

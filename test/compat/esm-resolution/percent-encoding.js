// Specifiers are URLs: spaces are encoded, "%xx" is decoded, "#" starts a fragment.
import { show } from './fixtures/show.js';
await show('./fixtures/with%20space.js', () => import('./fixtures/with%20space.js'));
await show('./fixtures/hash%23name.js', () => import('./fixtures/hash%23name.js'));
await show('./fixtures/per%25cent.js', () => import('./fixtures/per%25cent.js'));
await show('./fixtures/%C3%BCn%C3%AF.js', () => import('./fixtures/%C3%BCn%C3%AF.js'));
await show('./fixtures/ünï.js', () => import('./fixtures/ünï.js'));
await show('./fixtures/%70at/one.js', () => import('./fixtures/%70at/one.js'));

// "exports" mixing "." keys and condition keys is an invalid package config.
import { show } from './fixtures/show.js';
await show('exp-mixed', () => import('exp-mixed'));

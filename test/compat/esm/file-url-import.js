// Absolute file: URLs and paths, with percent-encoding, name the same module instance.
import * as viaRelative from './fixtures/forms.js';
import { pathToFileURL } from 'node:url';

const url = new URL('./fixtures/forms.js', import.meta.url).href;
const viaUrl = await import(url);
const viaEncoded = await import(url.replace('forms', '%66orms'));
const viaPath = await import(pathToFileURL(new URL(url).pathname).href);
console.log(viaUrl === viaRelative, viaEncoded === viaRelative, viaPath === viaRelative);

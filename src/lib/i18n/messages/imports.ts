/** UI strings: imports area. Keys are prefixed "imports." (except common, which has none). */
import type { Messages } from '../index';

export const imports: Messages = {};

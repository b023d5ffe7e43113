/** UI strings: common area. Keys are not prefixed (shared words). */
import type { Messages } from '../index';

export const common: Messages = {};

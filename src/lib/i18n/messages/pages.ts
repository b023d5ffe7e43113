/** UI strings: pages area. Keys are prefixed "pages." (except common, which has none). */
import type { Messages } from '../index';

export const pages: Messages = {};

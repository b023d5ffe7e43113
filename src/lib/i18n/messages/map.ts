/** UI strings: map area. Keys are prefixed "map." (except common, which has none). */
import type { Messages } from '../index';

export const map: Messages = {};

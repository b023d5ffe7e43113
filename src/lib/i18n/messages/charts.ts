/** UI strings: charts area. Keys are prefixed "charts." (except common, which has none). */
import type { Messages } from '../index';

export const charts: Messages = {};

// date-fns in UTC without Intl. @date-fns/utc's UTCDate builds three Intl.DateTimeFormat
// objects when its module is evaluated (for its toString), and the first Intl use
// initialises ICU: 70–90 ms on the page and again in the loading worker, on the path to
// the first render (docs/performance.md). Stanceline only needs the UTC getters and
// setters date-fns calls, which UTCDateMini has.
import { UTCDateMini } from '@date-fns/utc/date/mini';

/** A Date whose getters and setters work in UTC (date-fns uses them through `in: utc`). */
export const UTCDate = UTCDateMini;
export type UTCDate = InstanceType<typeof UTCDateMini>;

/** The `in` context for date-fns functions: calendar arithmetic and formatting in UTC. */
export const utc = (value: Date | number | string): UTCDate => new UTCDate(+new Date(value));

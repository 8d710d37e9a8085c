// How coded events become Stanceline events: CAMEO (ICEWS, GDELT), PLOVER (POLECAT) and
// ACLED's event types, as tables. Verbal codes become statements, consultations by phone
// become calls, in-person consultations meetings; every other code becomes a type of its
// own (declared in the file's `types`), named by the code's label, never a statement.
import type { BuiltInEventType, DeclaredTypeRecord } from '../model/types';

export type TypeChoice =
  | { builtIn: BuiltInEventType }
  | { declared: DeclaredTypeRecord; unknown?: true };

/** CAMEO root codes (two digits): label, and what Stanceline makes of them. */
export const CAMEO_ROOTS: Readonly<Record<string, { label: string; maps: BuiltInEventType | 'act' | 'interaction' | 'consult' }>> = {
  '01': { label: 'Make public statement', maps: 'statement' },
  '02': { label: 'Appeal', maps: 'statement' },
  '03': { label: 'Express intent to cooperate', maps: 'statement' },
  '04': { label: 'Consult', maps: 'consult' },
  '05': { label: 'Engage in diplomatic cooperation', maps: 'statement' },
  '06': { label: 'Engage in material cooperation', maps: 'interaction' },
  '07': { label: 'Provide aid', maps: 'interaction' },
  '08': { label: 'Yield', maps: 'act' },
  '09': { label: 'Investigate', maps: 'act' },
  '10': { label: 'Demand', maps: 'statement' },
  '11': { label: 'Disapprove', maps: 'statement' },
  '12': { label: 'Reject', maps: 'statement' },
  '13': { label: 'Threaten', maps: 'statement' },
  '14': { label: 'Protest', maps: 'act' },
  '15': { label: 'Exhibit force posture', maps: 'act' },
  '16': { label: 'Reduce relations', maps: 'act' },
  '17': { label: 'Coerce', maps: 'act' },
  '18': { label: 'Assault', maps: 'act' },
  '19': { label: 'Fight', maps: 'interaction' },
  '20': { label: 'Use unconventional mass violence', maps: 'act' },
};

/** CAMEO 04x: the consultations, by how they happened. */
export const CAMEO_CONSULT: Readonly<Record<string, { label: string; maps: BuiltInEventType | 'unspecified' }>> = {
  '040': { label: 'Consult, not specified below', maps: 'unspecified' },
  '041': { label: 'Discuss by telephone', maps: 'call' },
  '042': { label: 'Make a visit', maps: 'meeting' },
  '043': { label: 'Host a visit', maps: 'meeting' },
  '044': { label: 'Meet at a "third" location', maps: 'meeting' },
  '045': { label: 'Mediate', maps: 'meeting' },
  '046': { label: 'Engage in negotiation', maps: 'meeting' },
};

/**
 * CAMEO 040 (and PLOVER CONSULT without a mode): a consultation whose form is not known.
 * Calling it a call or a meeting would add a fact the source does not give, so it is a
 * declared interaction of its own, drawn across the lanes of its parties like both.
 */
export const CONSULT_UNSPECIFIED: DeclaredTypeRecord = {
  id: 'consult',
  label: 'Consultation (form not stated)',
  description: 'A consultation the source does not say was a call or a meeting (CAMEO 040, PLOVER CONSULT without a mode).',
  kind: 'interaction',
};

/** "042" → "04"; "1823" → "18"; undefined when not a CAMEO event code. */
export function cameoRoot(code: string): string | undefined {
  return /^\d{2,4}$/.test(code) ? code.slice(0, 2) : undefined;
}

export function classifyCameo(rawCode: string): TypeChoice {
  const code = rawCode.trim();
  const root = cameoRoot(code);
  const rootInfo = root === undefined ? undefined : CAMEO_ROOTS[root];
  if (!rootInfo) {
    return {
      declared: { id: `cameo-${slugPart(code) || 'blank'}`, label: `CAMEO ${code || '(blank)'}`, description: `Events coded ${JSON.stringify(code)}, which is not a CAMEO event code.`, kind: 'act' },
      unknown: true,
    };
  }
  if (rootInfo.maps === 'consult') {
    const consult = CAMEO_CONSULT[code.length === 2 ? '040' : code.slice(0, 3)];
    if (consult && consult.maps !== 'unspecified') return { builtIn: consult.maps };
    return { declared: CONSULT_UNSPECIFIED };
  }
  if (rootInfo.maps === 'statement' || rootInfo.maps === 'call' || rootInfo.maps === 'meeting') return { builtIn: rootInfo.maps };
  return {
    declared: {
      id: `cameo-${root}`,
      label: rootInfo.label,
      description: `CAMEO ${root}, "${rootInfo.label}", and the codes under it.`,
      kind: rootInfo.maps,
    },
  };
}

/** PLOVER event types: label, and what Stanceline makes of them. */
export const PLOVER_EVENTS: Readonly<Record<string, { label: string; maps: BuiltInEventType | 'act' | 'interaction' | 'consult' }>> = {
  AGREE: { label: 'Agree', maps: 'statement' },
  CONSULT: { label: 'Consult', maps: 'consult' },
  SUPPORT: { label: 'Support', maps: 'statement' },
  CONCEDE: { label: 'Concede', maps: 'act' },
  COOPERATE: { label: 'Cooperate', maps: 'interaction' },
  AID: { label: 'Aid', maps: 'interaction' },
  RETREAT: { label: 'Retreat', maps: 'act' },
  INVESTIGATE: { label: 'Investigate', maps: 'act' },
  DEMAND: { label: 'Demand', maps: 'statement' },
  DISAPPROVE: { label: 'Disapprove', maps: 'statement' },
  ACCUSE: { label: 'Accuse', maps: 'statement' },
  REJECT: { label: 'Reject', maps: 'statement' },
  THREATEN: { label: 'Threaten', maps: 'statement' },
  PROTEST: { label: 'Protest', maps: 'act' },
  MOBILIZE: { label: 'Mobilize', maps: 'act' },
  SANCTION: { label: 'Sanction', maps: 'act' },
  COERCE: { label: 'Coerce', maps: 'act' },
  ASSAULT: { label: 'Assault', maps: 'act' },
  FIGHT: { label: 'Fight', maps: 'interaction' },
};

/** PLOVER CONSULT's `mode`: phone → call; visit, third-party, multilateral → meeting. */
export const PLOVER_CONSULT_MODES: Readonly<Record<string, BuiltInEventType>> = {
  phone: 'call',
  visit: 'meeting',
  'third-party': 'meeting',
  multilateral: 'meeting',
};

export function classifyPlover(rawEvent: string, rawMode: string | undefined, multilateral: boolean): TypeChoice {
  const event = rawEvent.trim().toUpperCase();
  const info = PLOVER_EVENTS[event];
  if (!info) {
    return {
      declared: { id: `plover-${slugPart(event) || 'blank'}`, label: `PLOVER ${rawEvent.trim() || '(blank)'}`, description: `Events coded ${JSON.stringify(rawEvent)}, which is not a PLOVER event type.`, kind: 'act' },
      unknown: true,
    };
  }
  if (info.maps === 'consult') {
    if (multilateral) return { builtIn: 'meeting' };
    const mode = rawMode?.trim().toLowerCase().replace(/[\s_]+/g, '-');
    const mapped = mode === undefined ? undefined : PLOVER_CONSULT_MODES[mode];
    return mapped ? { builtIn: mapped } : { declared: CONSULT_UNSPECIFIED };
  }
  if (info.maps === 'statement' || info.maps === 'call' || info.maps === 'meeting') return { builtIn: info.maps };
  return { declared: { id: `plover-${event.toLowerCase()}`, label: info.label, description: `PLOVER ${event}.`, kind: info.maps } };
}

/** ACLED event types: each a declared type; battles are fought between both actors. */
export const ACLED_EVENT_TYPES: Readonly<Record<string, 'act' | 'interaction'>> = {
  Battles: 'interaction',
  Protests: 'act',
  Riots: 'act',
  'Explosions/Remote violence': 'act',
  'Violence against civilians': 'act',
  'Strategic developments': 'act',
};

export function classifyAcled(rawEventType: string): TypeChoice {
  const eventType = rawEventType.trim();
  const kind = ACLED_EVENT_TYPES[eventType];
  const id = `acled-${slugPart(eventType) || 'blank'}`;
  if (!kind) {
    return {
      declared: { id, label: `ACLED ${eventType || '(blank)'}`, description: `Events of type ${JSON.stringify(eventType)}, which is not an ACLED event type.`, kind: 'act' },
      unknown: true,
    };
  }
  return { declared: { id, label: eventType, description: `ACLED event type "${eventType}".`, kind } };
}

function slugPart(text: string): string {
  // Runs of anything else become one hyphen; hyphens at the ends are cut by index (a pattern for them rescans long runs).
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  let start = 0;
  let end = slug.length;
  while (start < end && slug[start] === '-') start++;
  while (end > start && slug[end - 1] === '-') end--;
  return slug.slice(start, end).slice(0, 40);
}

/**
 * What a CAMEO code is compared on when looking for the mirror of a record: the same code,
 * except that a visit is written as A "make a visit" (042) B and B "host a visit" (043) A.
 */
export function cameoMirrorKey(code: string): string {
  const base = code.trim().slice(0, 3);
  return base === '042' || base === '043' ? '042/043' : code.trim();
}

/** The label of a CAMEO code: its 04x label, else its root's; undefined when not CAMEO. */
export function cameoLabel(code: string): string | undefined {
  const trimmed = code.trim();
  return CAMEO_CONSULT[trimmed.slice(0, 3)]?.label ?? (cameoRoot(trimmed) === undefined ? undefined : CAMEO_ROOTS[cameoRoot(trimmed)!]?.label);
}

import { describe, expect, it } from 'vitest';
import { CAMEO_REGION_NAMES, ISO3_COUNTRIES, KNOWN_GROUP_NAMES, placeOfCode } from './countryCodes';
import {
  ACLED_EVENT_TYPES, CAMEO_CONSULT, CAMEO_ROOTS, cameoMirrorKey, classifyAcled, classifyCameo, classifyPlover, CONSULT_UNSPECIFIED, PLOVER_EVENTS,
} from './eventCodes';
import type { TypeChoice } from './eventCodes';

const builtIn = (choice: TypeChoice) => ('builtIn' in choice ? choice.builtIn : undefined);
const declared = (choice: TypeChoice) => ('declared' in choice ? choice.declared : undefined);

describe('the CAMEO table', () => {
  it('makes the verbal roots statements: 01 public statement, 02 appeal, 03 intent, 05 diplomatic cooperation, 10 demand to 13 threaten', () => {
    for (const code of ['010', '012', '020', '036', '051', '057', '100', '112', '120', '138', '1311']) expect(builtIn(classifyCameo(code)), code).toBe('statement');
  });

  it('makes 041 a call and 042 to 046 meetings, and 040 (form not stated) a declared consultation drawn across lanes', () => {
    expect(builtIn(classifyCameo('041'))).toBe('call');
    for (const code of ['042', '043', '044', '045', '046']) expect(builtIn(classifyCameo(code)), code).toBe('meeting');
    expect(declared(classifyCameo('040'))).toEqual(CONSULT_UNSPECIFIED);
    expect(declared(classifyCameo('04'))).toEqual(CONSULT_UNSPECIFIED);
    expect(CONSULT_UNSPECIFIED.kind).toBe('interaction');
  });

  it('gives every other root a type of its own, named by its label, never a statement', () => {
    for (const root of ['06', '07', '08', '09', '14', '15', '16', '17', '18', '19', '20']) {
      const type = declared(classifyCameo(`${root}0`));
      expect(type, root).toMatchObject({ id: `cameo-${root}`, label: CAMEO_ROOTS[root]!.label });
    }
    expect(declared(classifyCameo('1823'))).toMatchObject({ id: 'cameo-18', label: 'Assault', kind: 'act' });
    expect(declared(classifyCameo('190'))).toMatchObject({ label: 'Fight', kind: 'interaction' });
    expect(declared(classifyCameo('073'))).toMatchObject({ label: 'Provide aid', kind: 'interaction' });
  });

  it('labels an unknown code with the code and marks it unknown', () => {
    expect(classifyCameo('999')).toEqual({ declared: expect.objectContaining({ id: 'cameo-999', label: 'CAMEO 999' }), unknown: true });
    expect(classifyCameo('21')).toMatchObject({ unknown: true });
    expect(classifyCameo('abc')).toMatchObject({ declared: { label: 'CAMEO abc' }, unknown: true });
  });

  it('covers the twenty roots and the seven consultations, and pairs a visit made (042) with a visit hosted (043)', () => {
    expect(Object.keys(CAMEO_ROOTS)).toHaveLength(20);
    expect(Object.keys(CAMEO_CONSULT)).toEqual(['040', '041', '042', '043', '044', '045', '046']);
    expect(cameoMirrorKey('042')).toBe(cameoMirrorKey('043'));
    expect(cameoMirrorKey('041')).not.toBe(cameoMirrorKey('042'));
  });
});

describe('the PLOVER table', () => {
  it('makes CONSULT a call by phone and a meeting for a visit, a third party or several parties', () => {
    expect(builtIn(classifyPlover('CONSULT', 'phone', false))).toBe('call');
    for (const mode of ['visit', 'third-party', 'third party', 'multilateral']) expect(builtIn(classifyPlover('CONSULT', mode, false)), mode).toBe('meeting');
    expect(builtIn(classifyPlover('consult', undefined, true))).toBe('meeting');
    expect(declared(classifyPlover('CONSULT', undefined, false))).toEqual(CONSULT_UNSPECIFIED);
  });

  it('makes the verbal events statements and the others types of their own', () => {
    for (const event of ['AGREE', 'SUPPORT', 'DEMAND', 'DISAPPROVE', 'ACCUSE', 'REJECT', 'THREATEN']) expect(builtIn(classifyPlover(event, undefined, false)), event).toBe('statement');
    for (const event of ['CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'FIGHT']) {
      expect(declared(classifyPlover(event, undefined, false)), event).toMatchObject({ id: `plover-${event.toLowerCase()}`, label: PLOVER_EVENTS[event]!.label });
    }
    expect(classifyPlover('CELEBRATE', undefined, false)).toMatchObject({ declared: { label: 'PLOVER CELEBRATE' }, unknown: true });
  });
});

describe('the ACLED table', () => {
  it('declares a type per event type, battles fought by both sides, and flags an unknown one', () => {
    expect(Object.keys(ACLED_EVENT_TYPES)).toHaveLength(6);
    expect(declared(classifyAcled('Battles'))).toMatchObject({ id: 'acled-battles', label: 'Battles', kind: 'interaction' });
    expect(declared(classifyAcled('Explosions/Remote violence'))).toMatchObject({ id: 'acled-explosions-remote-violence', kind: 'act' });
    expect(classifyAcled('Ceremonies')).toMatchObject({ declared: { label: 'ACLED Ceremonies' }, unknown: true });
  });
});

describe('the country-code table', () => {
  it('turns ISO alpha-3 codes and CAMEO actor codes into country names, and organisations into their own groups', () => {
    expect(placeOfCode('USA')).toEqual({ name: 'United States', organisation: false });
    expect(placeOfCode('RUSGOV')).toEqual({ name: 'Russia', organisation: false });
    expect(placeOfCode('ukrmil')).toEqual({ name: 'Ukraine', organisation: false });
    expect(placeOfCode('IGOUNO')).toEqual({ name: 'United Nations', organisation: true });
    expect(placeOfCode('IGOWSTNAT')).toEqual({ name: 'NATO', organisation: true });
    expect(placeOfCode('NGO')).toEqual({ name: 'Non-governmental organisation', organisation: true });
    expect(placeOfCode('EUR')).toEqual({ name: 'Europe', organisation: false });
    expect(placeOfCode('XYZ')).toBeUndefined();
    expect(placeOfCode('U')).toBeUndefined();
  });

  it('holds every code once, three capital letters each, with distinct names', () => {
    for (const table of [ISO3_COUNTRIES, CAMEO_REGION_NAMES, KNOWN_GROUP_NAMES]) {
      for (const [code, name] of table) {
        expect(code).toMatch(/^[A-Z]{3}$/);
        expect(name.trim()).toBe(name);
        expect(name.length).toBeGreaterThan(1);
      }
    }
    expect(ISO3_COUNTRIES.size).toBeGreaterThan(190);
    expect(new Set(ISO3_COUNTRIES.values()).size).toBe(ISO3_COUNTRIES.size);
    for (const code of ISO3_COUNTRIES.keys()) expect(CAMEO_REGION_NAMES.has(code), code).toBe(false);
  });
});

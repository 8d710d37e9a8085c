// Every problem the loader and the validator report comes from the catalogue: with the
// pseudo-locale active, each message of every broken and hostile fixture is wrapped in ⟦ ⟧
// (a sentence built outside t() would show bare). And in French, the sentences are French.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { ENGLISH, matchLanguage, PSEUDO_LANGUAGE } from '../i18n/languages';
import { loadLanguage } from '../i18n/load';
import { parseDate } from '../time/dates';
import { checkStepView } from '../story/checkView';
import { locateData, refuseLocalFile } from './location';
import { csvLosses, importText } from '../convert/index';

const FIXTURES = ['tests/fixtures/broken', 'tests/fixtures/hostile'];

function fixtureFiles(): string[] {
  return FIXTURES.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => join(dir, name)));
}

async function problemsOf(path: string) {
  const text = readFileSync(path, 'utf8');
  const base = dirname(path);
  return (await loadDataset(text, { file: path, readSourceText: async (relative) => { try { return readFileSync(join(base, relative), 'utf8'); } catch { return undefined; } } })).problems;
}

afterEach(() => loadLanguage(ENGLISH));

describe('the validator’s messages in the interface language', () => {
  it('every problem of every broken and hostile fixture comes from the catalogue', async () => {
    await loadLanguage(PSEUDO_LANGUAGE);
    const bare: string[] = [];
    let count = 0;
    for (const path of fixtureFiles()) {
      for (const problem of await problemsOf(path)) {
        count++;
        if (!problem.message.startsWith('⟦')) bare.push(`${path}: ${problem.message.slice(0, 120)}`);
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(bare).toEqual([]);
  });

  it('dates, story views and refused files come from the catalogue too', async () => {
    await loadLanguage(PSEUDO_LANGUAGE);
    for (const text of ['', ' 2025', '2022/2023', '2022-XX', '20250212', '2025-13', '2025-02-30', '2025-02-12 10:00', '2025-02-12T25:00', '2025-02-12T10:00.5', '+12']) {
      const parsed = parseDate(text);
      expect('error' in parsed && parsed.error.startsWith('⟦'), text).toBe(true);
    }
    const known = { countries: new Set<string>(), actors: new Set<string>(), topics: new Set<string>(), events: new Set(['a']) };
    for (const view of ['https://x.example/?a=1', 'nope=1', 'view=map', 'sel=b', 'from=2025', 'from=x&to=y', 'since=x', 'match=a', 'collapsed=z', 'view=list&view=list']) {
      const problems = checkStepView(view, known);
      expect(problems.length, view).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.startsWith('⟦'), `${view}: ${problem}`).toBe(true);
    }
    const refused = locateData('javascript:alert(1)', 'https://example.org/');
    expect('refused' in refused && refused.refused.startsWith('⟦')).toBe(true);
    expect(refuseLocalFile({ name: 'photo.png', type: 'image/png', size: 10 })?.startsWith('⟦')).toBe(true);
  });

  it('the importers’ notes, losses and problems come from the catalogue too', async () => {
    await loadLanguage(PSEUDO_LANGUAGE);
    const inputs = ['tests/fixtures/eventdata', 'tests/fixtures/convert', 'tests/fixtures/convert/sheets'].flatMap((dir) =>
      readdirSync(dir).filter((name) => /\.(csv|tab|txt|json|jsonl)$/i.test(name)).map((name) => join(dir, name)));
    // Broken copies too, so the importers' problems are heard as well as their notes.
    const broken = inputs.filter((path) => !path.endsWith('.json')).map((path) => [`${path}`, `${readFileSync(path, 'utf8')}\nbroken\tline\n`] as const);
    let count = 0;
    const bare: string[] = [];
    for (const [path, text] of [...inputs.map((path) => [path, readFileSync(path, 'utf8')] as const), ...broken]) {
      const imported = await importText(text, path.split('/').pop()!);
      for (const line of [...imported.report, ...imported.problems.map((problem) => problem.message)]) {
        count++;
        if (!line.startsWith('⟦')) bare.push(`${path}: ${line.slice(0, 120)}`);
      }
    }
    const seed = JSON.parse(readFileSync('tests/fixtures/valid/dataset.json', 'utf8'));
    seed.language = 'uk';
    seed.events[0].summary = '';
    for (const loss of csvLosses(seed)) {
      count++;
      if (!loss.startsWith('⟦')) bare.push(`csvLosses: ${loss}`);
    }
    expect(count).toBeGreaterThan(40);
    expect(bare).toEqual([]);
  });

  it('in French, a broken file’s problems are French sentences', async () => {
    await loadLanguage(matchLanguage('fr')!);
    const messages = (await problemsOf('tests/fixtures/broken/unknown-type.json')).map((problem) => problem.message);
    expect(messages).toContain('Type inconnu "phone-call"\u00a0; utilisez "statement", "call" ou "meeting", ou déclarez-le dans "types".');
    const date = parseDate('2025-02-30');
    expect('error' in date && date.error).toBe('"2025-02-30" n’est pas une date valide\u00a0: février 2025 a 28 jours.');
  });
});

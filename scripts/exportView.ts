// The view an exported page opens at (npm run export's --view and --lang), as the app would
// write it. Apart from export.ts, which runs as soon as it is imported, so tests can call it.
import { decodeView, parseParams, viewSearchString } from '../src/core/view/url';
import { EMBED_PARAMS } from '../src/core/embed/options';
import { readStoryLink } from '../src/core/story/link';
import { ENGLISH, matchLanguage } from '../src/core/i18n/languages';

/** The view's query string as the app would write it, keeping embed options and a story's place; bad parts dropped. */
export function normaliseView(view: string, dataset: Parameters<typeof decodeView>[1], lang?: string): { search: string; dropped: string[] } {
  const given = parseParams(view);
  const kept = parseParams('');
  for (const [name, value] of given) if ((EMBED_PARAMS as readonly string[]).includes(name)) kept.append(name, value);
  // The page's language: the view's own lang= when it names a shipped one, else --lang's.
  // (English from --lang needs no parameter: it is the default.)
  const fromView = matchLanguage(given.get('lang'));
  const fromOption = matchLanguage(lang);
  if (fromView) kept.set('lang', fromView.code);
  else if (fromOption && fromOption !== ENGLISH) kept.set('lang', fromOption.code);
  // A story that exists is kept (the file opens playing it); one that does not is reported as dropped.
  const story = dataset ? readStoryLink(given, dataset) : { kind: 'none' as const };
  if (story.kind === 'playing') {
    kept.set('story', story.story.id);
    kept.set('step', String(story.stepIndex + 1));
  }
  const search = viewSearchString(decodeView(given, dataset), kept);
  const written = new Set([...parseParams(search)].map(([name, value]) => `${name}=${value}`));
  const dropped = [...given].map(([name, value]) => `${name}=${value}`).filter((pair) => !written.has(pair) && !written.has(pair.replace(/%2C/gi, ',')));
  return { search, dropped };
}

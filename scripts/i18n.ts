// npm run i18n: brings every language's translations file up to date with the messages
// in the code (new ones added empty, gone ones removed), then compiles the catalogues.
// Fails, naming the place, on a t() call whose message is not a literal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../src/core/i18n/languages';
import { COMPILED_DIR, MESSAGES_DIR, compileCatalogue, extractMessages, readTranslations, translationsText } from './i18n-catalogue';

const { messages, problems } = extractMessages();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
for (const { code } of LANGUAGES) {
  if (code === 'en') continue;
  const existing = readTranslations(code);
  const translations = translationsText(messages, existing);
  writeFileSync(join(MESSAGES_DIR, `${code}.json`), translations);
  // Compiled in the file's new order, as the catalogue test reads it: a message that moved in the code moves here in one run.
  writeFileSync(join(COMPILED_DIR, `${code}.ts`), compileCatalogue(code, JSON.parse(translations) as typeof existing, messages));
  const missing = messages.filter(({ message }) => !existing[message]).length;
  console.log(`${code}: ${messages.length - missing} of ${messages.length} messages translated`);
}

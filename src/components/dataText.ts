// The attributes of an element that holds the data's own words (titles, summaries, quotes,
// names): the dataset's declared language and its direction, apart from the interface's
// (docs/languages.md). Without a declaration, the direction is the text's own (dir="auto").
// The loader has already read the tag and its direction (src/core/i18n/dataLanguage.ts), so
// the page's first chunk carries no tag parser.
import type { Dataset } from '../core/model/types';

export interface DataTextProps {
  lang?: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

const UNDECLARED: DataTextProps = { dir: 'auto' };

export function dataTextProps(dataset: Pick<Dataset, 'language'> | undefined): DataTextProps {
  return dataset?.language ?? UNDECLARED;
}

// The attributes of an element that holds the data's own words (titles, summaries, quotes,
// names): the dataset's declared language and its direction, apart from the interface's
// (docs/languages.md). Without a declaration, the direction is the text's own (dir="auto").
// The loader has already read the tag and its direction (dataLanguage.ts), so whoever marks
// text (the React views, the chart's tooltip) carries no tag parser.
import type { Dataset } from '../model/types';

export interface DataTextProps {
  lang?: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

const UNDECLARED: DataTextProps = { dir: 'auto' };

export function dataTextProps(dataset: Pick<Dataset, 'language'> | undefined): DataTextProps {
  return dataset?.language ?? UNDECLARED;
}

// The data-text attributes (dataText.ts) of a data file being edited, read from its `language`
// tag as written. A module of its own: the tag's reading (dataLanguage.ts) stays out of the
// page's first chunk, where dataText.ts is; only the editors need it.
import type { DatasetFile } from '../model/types';
import { dataLanguageOf } from './dataLanguage';
import { UNDECLARED } from './dataText';
import type { DataTextProps } from './dataText';

/** The file's words keep their language and direction while they are typed; without a declaration, the text's own (dir="auto"). */
export function dataTextPropsOfFile(file: Pick<DatasetFile, 'language'> | null | undefined): DataTextProps {
  return dataLanguageOf(file?.language) ?? UNDECLARED;
}

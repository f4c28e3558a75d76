// A per-resource file (describe-key/<id>.json, describe-notebook-instance/<name>.json) is the detail
// of the list item it was read for. One that describes another resource was edited or misfiled: it
// is kept as described, and the listed item is named in a warning, so that it is not lost silently.
import { capValue } from '../../snapshot/errors.js';
import type { DumpContext } from './context.js';

export interface ListedItem {
  /** The list file and the item's JSON path in it. */
  file?: string;
  jsonPath: string;
}

export function warnDescribedOther(
  dc: DumpContext,
  listed: ListedItem,
  kind: string,
  listedName: string,
  describedFile: string,
  describedName: string,
): void {
  dc.diagnostics.push({
    severity: 'warning',
    ...(listed.file ? { file: listed.file } : {}),
    jsonPath: listed.jsonPath,
    message: `${kind} ${JSON.stringify(capValue(listedName))} is described by ${dc.account}/${describedFile}.json as ${JSON.stringify(capValue(describedName))}: kept as described there`,
  });
}

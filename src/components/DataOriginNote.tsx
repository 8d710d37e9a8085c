// "Data from evil.example": data fetched from another site shows at this app's address, with
// this app's look, so the page says plainly whose file it is and the address it came from.
// The host and address are data (a reader can put anything in ?data=): text only, isolated.
import { tNodes } from './i18n';
import { t } from '../core/i18n/translate';
import type { ForeignData } from '../core/data/origin';
import { shortenUrl } from '../core/data/origin';

export function DataOriginNote({ foreign, className = 'data-origin' }: { foreign: ForeignData | null; className?: string }) {
  if (!foreign) return null;
  return (
    <p className={className} data-testid="data-origin">
      <strong>{tNodes('Data from {host}', { host: <bdi>{foreign.host}</bdi> })}</strong>
      {tNodes(', another site, not this one. Loaded from {address}', { address: <bdi className="data-origin-url">{shortenUrl(foreign.url)}</bdi> })}
    </p>
  );
}

import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { hrefFor } from '../../app/routes';
import type { ClientDirectory } from './client-directory';

/** A list of clients by reference, each a link to the client record (plain text when the record is gone). */
export function ClientLinkList({ ids, directory, emptyText }: { ids: readonly string[]; directory: ClientDirectory; emptyText: string }) {
  if (ids.length === 0) return <Typography sx={{ color: 'text.secondary' }}>{emptyText}</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20, columns: ids.length > 12 ? 2 : 1 }}>
      {ids.map((ref) => {
        const entry = directory.get(ref);
        return (
          <li key={ref} style={{ marginBottom: 4, breakInside: 'avoid' }}>
            {entry ? (
              <Link href={hrefFor({ screen: 'client', id: entry.id })}>
                {entry.name} ({ref})
              </Link>
            ) : (
              <span>{ref}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

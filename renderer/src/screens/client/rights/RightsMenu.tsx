import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useRef, useState } from 'react';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { useMayCall } from '../../../data/permissions';
import { EraseClientDialog } from './EraseClientDialog';
import { SubjectAccessDialog } from './SubjectAccessDialog';

type Open = 'menu' | 'export' | 'erase' | null;

/**
 * The manager's tools for a person's rights over their record: a subject access export and erasure on
 * request. Nobody else sees the menu (the router refuses them anyway: shared/ipc/access.ts).
 */
export function RightsMenu({ detail }: { detail: ClientDetail }) {
  const mayErase = useMayCall('clients.erase');
  const mayExport = useMayCall('clients.subjectAccessExport');
  const [open, setOpen] = useState<Open>(null);
  const anchor = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  if (!mayErase || !mayExport) return null;

  return (
    <>
      <Button
        ref={anchor}
        variant="outlined"
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        aria-controls={open === 'menu' ? menuId : undefined}
        endIcon={<ArrowDropDownIcon aria-hidden="true" />}
        onClick={() => setOpen('menu')}
      >
        Subject access and erasure
      </Button>
      <Menu id={menuId} anchorEl={anchor.current} open={open === 'menu'} onClose={() => setOpen(null)}>
        <MenuItem onClick={() => setOpen('export')}>Export everything held about this person</MenuItem>
        <MenuItem onClick={() => setOpen('erase')} sx={{ color: 'error.main' }}>
          Erase this client…
        </MenuItem>
      </Menu>
      {open === 'export' ? <SubjectAccessDialog detail={detail} onClose={() => setOpen(null)} /> : null}
      {open === 'erase' ? <EraseClientDialog detail={detail} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

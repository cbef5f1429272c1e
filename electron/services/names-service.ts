import { audited } from '../../db/audited-write';
import type { ReadDb } from '../../db/access';
import { renameSpecialist, renameTeam, specialistNamesInUse, teamNamesInUse, type NameUse } from '../../db/repositories/names-repository';
import { readServiceSettings } from '../../db/repositories/settings-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import type { Handlers } from '../../shared/ipc/contract';
import type { ServiceContext } from './service-context';
import { ServiceError } from './service-error';

const key = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/** The lists a name must be on: staff names for specialists, Settings › Teams for teams. */
function listsOf(db: ReadDb): { specialist: string[]; team: string[] } {
  return { specialist: listStaff(db).map((s) => s.staff.name), team: readServiceSettings(db).teams };
}

function unlisted(uses: NameUse[], list: readonly string[]): NameUse[] {
  const known = new Set(list.map(key));
  // A spelling that differs from a listed name only in case or spaces is still a different stored value:
  // it is offered for merging too, so every record ends up with the list's own spelling.
  return uses.filter((u) => !known.has(key(u.name)) || !list.includes(u.name));
}

export function createNameHandlers(context: ServiceContext): Pick<Handlers, 'names.unlisted' | 'names.merge'> {
  return {
    'names.unlisted': () =>
      context.read(({ db, raw }) => {
        const lists = listsOf(db);
        return { specialists: unlisted(specialistNamesInUse(raw), lists.specialist), teams: unlisted(teamNamesInUse(raw), lists.team) };
      }),
    'names.merge': (input, caller) =>
      context.write(caller, ({ db }) => {
        const list = listsOf(db)[input.kind];
        const into = list.find((name) => name === input.into.trim());
        if (!into) {
          const where = input.kind === 'specialist' ? 'the staff list' : 'Settings › Teams';
          const message = `${input.into.trim()} is not on ${where}: add it there first, or choose a name that is`;
          throw new ServiceError('invalid_input', message, { issues: [{ path: ['into'], message }] });
        }
        const changed = input.kind === 'specialist' ? renameSpecialist(db, input.from, into) : { ...renameTeam(db, input.from, into), contacts: 0 };
        if (changed.clients + changed.contacts === 0) {
          throw new ServiceError('not_found', `No record holds "${input.from}" any more: it may have been merged already.`);
        }
        return audited(changed, {
          action: `names.merge_${input.kind}`,
          entity: input.kind,
          entity_id: into,
          before: { name: input.from },
          after: { name: into },
          details: changed,
        });
      }),
  };
}

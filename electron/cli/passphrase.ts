import { UsageError, type CliIo } from './types';

export const PASSPHRASE_ENV = 'IPSDESK_PASSPHRASE';

/**
 * The passphrase from IPSDESK_PASSPHRASE (scripts), else typed at the terminal without echo. With
 * `confirm`, it is asked twice. Refuses to read a passphrase from a pipe: it would end up in shell history.
 */
export async function readPassphrase(io: CliIo, prompt: string, options: { confirm?: boolean } = {}): Promise<string> {
  const fromEnv = io.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.stdin.isTTY || !io.stdin.setRawMode) {
    throw new UsageError(`No passphrase: set ${PASSPHRASE_ENV} or run the command in a terminal.`);
  }
  const first = await promptHidden(io, prompt);
  if (options.confirm) {
    const again = await promptHidden(io, 'Type it again: ');
    if (again !== first) throw new UsageError('The two passphrases do not match.');
  }
  return first;
}

function promptHidden(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin;
  io.stderr.write(prompt);
  stdin.setRawMode!(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode!(false);
      stdin.pause();
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string | Buffer) => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new UsageError('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

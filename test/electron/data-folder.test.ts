import { describe, expect, it } from 'vitest';
import { databaseFolderProblem, localDataFolder, networkShareReason } from '../../electron/services/data-folder';
import { createVaultService } from '../../electron/services/vault-service';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();

describe('the local data folder', () => {
  it('is %LOCALAPPDATA%\\IPS Desk\\data on Windows, never the roaming userData', () => {
    expect(
      localDataFolder({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, userDataPath: 'C:\\Users\\ann\\AppData\\Roaming\\IPS Desk' }),
    ).toBe('C:\\Users\\ann\\AppData\\Local\\IPS Desk\\data');
  });

  it('falls back to the profile\'s AppData\\Local when LOCALAPPDATA is not set', () => {
    expect(localDataFolder({ platform: 'win32', env: { LOCALAPPDATA: ' ' }, userDataPath: 'ignored', homeDir: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Local\\IPS Desk\\data',
    );
  });

  it('is userData/data on macOS and Linux, which have no roaming profile', () => {
    expect(localDataFolder({ platform: 'darwin', env: {}, userDataPath: '/Users/ann/Library/Application Support/IPS Desk' })).toBe(
      '/Users/ann/Library/Application Support/IPS Desk/data',
    );
    expect(localDataFolder({ platform: 'linux', env: { LOCALAPPDATA: 'C:\\nope' }, userDataPath: '/home/ann/.config/IPS Desk' })).toBe('/home/ann/.config/IPS Desk/data');
  });
});

describe('network shares', () => {
  it('refuses UNC paths on Windows, and accepts local drives and long local paths', () => {
    expect(networkShareReason('\\\\fileserver\\team\\ipsdesk', { platform: 'win32' })).toBe('it is a network path (\\\\fileserver\\team)');
    expect(networkShareReason('//fileserver/team', { platform: 'win32' })).toMatch(/network path/);
    expect(networkShareReason('\\\\?\\UNC\\fileserver\\team', { platform: 'win32' })).toMatch(/network path/);
    expect(networkShareReason('C:\\Users\\ann\\AppData\\Local\\IPS Desk\\data', { platform: 'win32' })).toBeNull();
    expect(networkShareReason('\\\\?\\C:\\Users\\ann\\data', { platform: 'win32' })).toBeNull();
  });

  it('refuses NFS, SMB and CIFS mounts on Linux by their file system magic number', () => {
    expect(networkShareReason('/mnt/nfs', { platform: 'linux', fileSystemType: 0x6969 })).toBe('it is on a network share (NFS)');
    expect(networkShareReason('/mnt/smb', { platform: 'linux', fileSystemType: 0xff534d42 })).toBe('it is on a network share (CIFS)');
    expect(networkShareReason('/mnt/smb2', { platform: 'linux', fileSystemType: 0xfe534d42 })).toBe('it is on a network share (SMB2)');
    expect(networkShareReason('/mnt/smb', { platform: 'linux', fileSystemType: 0x517b })).toBe('it is on a network share (SMB)');
    // statfs may hand the type back as a signed 32-bit number.
    expect(networkShareReason('/mnt/smb', { platform: 'linux', fileSystemType: 0xff534d42 | 0 })).toBe('it is on a network share (CIFS)');
    expect(networkShareReason('/home/ann', { platform: 'linux', fileSystemType: 0xef53 })).toBeNull(); // ext4
    expect(networkShareReason('/home/ann', { platform: 'linux' })).toBeNull();
  });

  it('finds this machine\'s temporary folder local, also for a folder not made yet', () => {
    const dir = tempDir();
    expect(databaseFolderProblem(dir)).toBeNull();
    expect(databaseFolderProblem(`${dir}/not/made/yet`)).toBeNull();
  });

  it('says why a network database folder is refused, and the vault refuses to set up there', async () => {
    const problem = databaseFolderProblem('\\\\fileserver\\team\\ipsdesk', 'win32');
    expect(problem).toMatch(/^IPS Desk keeps its database on this computer only, and \\\\fileserver\\team\\ipsdesk cannot be used: it is a network path/);
    expect(problem).toContain('backups can be copied to a network folder from Settings');
    // Refused before anything is written (on this Linux machine the path would otherwise be a relative folder).
    const vault = createVaultService({ dataDir: '\\\\fileserver\\team\\ipsdesk', scryptCost: TEST_SCRYPT_COST, platform: 'win32' });
    await expect(vault.setup({ serviceName: 'Westmoor IPS', managerName: 'Dana', passphrase: 'a local passphrase' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('cannot be used: it is a network path (\\\\fileserver\\team)') as string,
    });
    expect(vault.status().state).toBe('needs_setup');
  });
});

// The app connects as its own role (lib/db/app-role.ts). Scripts that start the app or the tests
// create that role on a local database and hand its URL on; elsewhere they say why they cannot.
import { appRoleUrl, AppRoleError, grantAppRole } from '../../lib/db/app-role';
import { appRolePassword } from './secrets';

/** The URL the app should use for `ownerUrl`'s database: the app role's, or the owner's if the role cannot be created. */
export async function appDatabaseUrl(ownerUrl: string, log: (line: string) => void = console.log): Promise<string> {
  const password = appRolePassword();
  try {
    await grantAppRole({ ownerUrl, password });
    return appRoleUrl(ownerUrl, password);
  } catch (error) {
    if (!(error instanceof AppRoleError)) throw error;
    log(`${error.message}\nThe app uses the owner's connection instead: audit and security tables are NOT append-only in this setup.`);
    return ownerUrl;
  }
}

import { Scope, inTransaction } from '@rollcall/api-core';
import { IdentityService } from '@rollcall/api-identity';
import { pupilProfile } from '@rollcall/api-pupils';
import { DataSource } from 'typeorm';
import { DEMO_LA } from '../generate/demo-areas';
import { DemoFamilies, DemoFamily } from '../generate/choose-demo-families';
import { DemoData } from '../generate/generate-demo';
import { DEMO_PASSWORD, DEMO_SIGN_INS, DemoSignIn } from '../demo-sign-ins';
import { LoadedEnrolments, enrolmentKey } from './load-roster';

export interface LoadedSignIn extends DemoSignIn {
  /** For parents: the children they will see. */
  readonly children?: readonly string[];
}

export interface LoadedSignIns {
  readonly signIns: readonly LoadedSignIn[];
  /** A third party's API key, shown this once (only its hash is kept). */
  readonly apiKey: { readonly name: string; readonly key: string; readonly scopes: readonly string[] };
}

/** The parent records (one per school's roll: siblings at two schools have one at each) of the family's first contact. */
async function parentRecords(
  dataSource: DataSource,
  scope: Scope,
  family: DemoFamily,
  demo: DemoData,
  loaded: LoadedEnrolments,
): Promise<{ ids: string[]; name: string }> {
  const parent = demo.households.find((h) => h.key === family.household.key)?.parents.find((p) => p.key === family.parentKey);
  if (!parent) throw new Error(`Family ${family.household.key} has no parent ${family.parentKey}`);
  const ids = new Set<string>();
  for (const pupil of family.pupils) {
    const ids0 = loaded.get(enrolmentKey(pupil.upn, pupil.enrolments[0].urn));
    if (!ids0) throw new Error(`Pupil ${pupil.upn} was not loaded`);
    const profile = await inTransaction(dataSource, scope, (tx) => pupilProfile(tx, ids0.laCode, ids0.pupilId, demo.today));
    const record = profile?.parents.find((p) => p.forename === parent.forename && p.surname === parent.surname);
    if (record) ids.add(record.id);
  }
  return { ids: [...ids], name: `${parent.forename} ${parent.surname}` };
}

// domain §17.2: one sign-in per role (staff at two schools, the LA team, the Virtual School, two parents) and a third party's key
export async function loadSignIns(
  dataSource: DataSource,
  scope: Scope,
  demo: DemoData,
  loaded: LoadedEnrolments,
  families: DemoFamilies,
): Promise<LoadedSignIns> {
  const identity = new IdentityService(dataSource);
  const laCode = DEMO_LA.laCode;
  const schoolNamed = (name: string | undefined) => {
    const school = demo.schools.find((s) => s.name === name);
    if (!school) throw new Error(`No demo school called ${name}`);
    return school;
  };
  // Password hashing is deliberately slow: the users are created side by side.
  const signIns = await Promise.all(
    DEMO_SIGN_INS.map(async (signIn): Promise<LoadedSignIn> => {
      const family = signIn.family === 'SIBLINGS' ? families.siblings : signIn.family === 'ONE_CHILD' ? families.oneChild : undefined;
      const parents = family ? await parentRecords(dataSource, scope, family, demo, loaded) : undefined;
      const displayName = parents ? parents.name : signIn.displayName;
      const user = await identity.createUser(scope, { email: signIn.email, displayName, password: DEMO_PASSWORD });
      if (signIn.role === 'SCHOOL_STAFF') {
        await identity.grantRole(scope, { userId: user.id, role: 'SCHOOL_STAFF', laCode, urn: schoolNamed(signIn.schoolName).urn });
      } else if (signIn.role === 'PARENT' && parents) {
        for (const parentId of parents.ids) await identity.grantRole(scope, { userId: user.id, role: 'PARENT', laCode, parentId });
      } else {
        await identity.grantRole(scope, { userId: user.id, role: signIn.role, laCode });
      }
      return { ...signIn, displayName, ...(family ? { children: family.pupils.map((p) => `${p.forename} ${p.surname}`) } : {}) };
    }),
  );
  const scopes = ['registers:write', 'attendance:read', 'pupils:read'] as const;
  const name = 'Demo MIS integration (fictional vendor, Northmoor Academy)';
  const key = await identity.createApiKey(scope, { laCode, urn: schoolNamed(DEMO_SIGN_INS[1].schoolName).urn, name, scopes });
  return { signIns, apiKey: { name, key: key.key, scopes } };
}

/** The one password every demo sign-in uses (the demo data is fictional; never use it for real data). */
export const DEMO_PASSWORD = 'rollcall-demo-password';

export type DemoRole = 'SCHOOL_STAFF' | 'LA_OFFICER' | 'LA_ADMIN' | 'VIRTUAL_SCHOOL' | 'PARENT';

export interface DemoSignIn {
  readonly email: string;
  readonly displayName: string;
  readonly role: DemoRole;
  /** The portal the person uses, under the API's origin. */
  readonly portal: 'school' | 'la' | 'virtual-school' | 'parent';
  /** What they can see, in a sentence. */
  readonly sees: string;
  /** For school staff: the school they work at. */
  readonly schoolName?: string;
  /** For parents: which demo family they belong to. */
  readonly family?: 'SIBLINGS' | 'ONE_CHILD';
}

/** Demo school staff work at these two schools; the sibling family has a child at each where the area allows. */
export const DEMO_PRIMARY_SCHOOL = 'Wharf Street Primary Academy';
export const DEMO_SECONDARY_SCHOOL = 'Northmoor Academy';

/** The demo sign-ins, one per role, all with {@link DEMO_PASSWORD}. `npm start` prints these. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  {
    email: 'primary.staff@northmoor.example',
    displayName: 'Helen Ashworth',
    role: 'SCHOOL_STAFF',
    portal: 'school',
    schoolName: DEMO_PRIMARY_SCHOOL,
    sees: `${DEMO_PRIMARY_SCHOOL}: its registers, pupils, attendance plans, parents' absence reports and leave requests, returns`,
  },
  {
    email: 'secondary.staff@northmoor.example',
    displayName: 'Daniel Okoro',
    role: 'SCHOOL_STAFF',
    portal: 'school',
    schoolName: DEMO_SECONDARY_SCHOOL,
    sees: `${DEMO_SECONDARY_SCHOOL}: its registers, pupils (incl. dual registrations with the PRU), plans, part-time timetables, returns`,
  },
  {
    email: 'la.officer@northmoor.example',
    displayName: 'Joanne Whitaker',
    role: 'LA_OFFICER',
    portal: 'la',
    sees: 'Every Northmoor school: area dashboards, persistently and severely absent pupils, legal interventions, targeting support meetings, returns',
  },
  {
    email: 'la.admin@northmoor.example',
    displayName: 'Marcus Fielding',
    role: 'LA_ADMIN',
    portal: 'la',
    sees: "Everything the LA officer sees, plus Northmoor's users, API keys and attendance policy settings",
  },
  {
    email: 'virtual.school@northmoor.example',
    displayName: 'Samina Akhtar',
    role: 'VIRTUAL_SCHOOL',
    portal: 'virtual-school',
    sees: "Northmoor's looked-after children wherever they are at school (including Eastmere), previously looked-after children and children with a social worker",
  },
  {
    email: 'parent.family@northmoor.example',
    displayName: 'A Northmoor parent of siblings',
    role: 'PARENT',
    portal: 'parent',
    family: 'SIBLINGS',
    sees: 'Their children (siblings, where possible at a primary and a secondary school): attendance, reporting an absence, asking for leave',
  },
  {
    email: 'parent@northmoor.example',
    displayName: 'A Northmoor parent',
    role: 'PARENT',
    portal: 'parent',
    family: 'ONE_CHILD',
    sees: `Their one child at ${DEMO_PRIMARY_SCHOOL}: attendance, an absence they reported, a leave request waiting for a decision`,
  },
];

/** Lines for a terminal: who to sign in as and what they will see. */
export function describeDemoSignIns(baseUrl = 'http://localhost:4000'): string[] {
  return [
    `Demo sign-ins (fictional Northmoor LA), password for all: ${DEMO_PASSWORD}`,
    ...DEMO_SIGN_INS.map((s) => `  ${s.email.padEnd(36)} ${baseUrl}/${s.portal}/  ${s.sees}`),
  ];
}

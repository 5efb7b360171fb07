import { LocalDate } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** One place on the school's roll: an enrolment and the days it covers. */
export interface RollPlace {
  readonly enrolmentId: string;
  readonly admittedOn: LocalDate;
  /** Last day on roll (inclusive); null while on roll. */
  readonly leftOn: LocalDate | null;
}

/**
 * The school's admission register by UPN, for matching marks to enrolments while a file streams. It is the size
 * of the school's roll (a few thousand places at most), whatever the size of the file.
 */
export class SchoolRoll {
  private constructor(private readonly places: ReadonlyMap<string, readonly RollPlace[]>) {}

  static async load(tx: EntityManager, laCode: string, urn: number): Promise<SchoolRoll> {
    const rows = (await tx.query(
      `SELECT p.upn, e.id::text AS "enrolmentId", e.admitted_on::text AS "admittedOn", e.left_on::text AS "leftOn"
         FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
        WHERE e.la_code = $1 AND e.urn = $2
        ORDER BY p.upn, e.admitted_on`,
      [laCode, urn],
    )) as (RollPlace & { upn: string })[];
    const places = new Map<string, RollPlace[]>();
    for (const { upn, ...place } of rows) {
      const list = places.get(upn) ?? [];
      list.push(place);
      places.set(upn, list);
    }
    return new SchoolRoll(places);
  }

  /** The UPN's enrolment covering `date`; `undefined` for a UPN not on the roll at all, null for one not on it that day. */
  placeOn(upn: string, date: LocalDate): RollPlace | null | undefined {
    const list = this.places.get(upn);
    if (!list) return undefined;
    return list.find((p) => p.admittedOn <= date && (p.leftOn === null || p.leftOn >= date)) ?? null;
  }

  /** "2023-09-01 to now", for a message naming when the pupil is on roll. */
  describe(upn: string): string {
    return (this.places.get(upn) ?? []).map((p) => `${p.admittedOn} to ${p.leftOn ?? 'now'}`).join(', ');
  }
}

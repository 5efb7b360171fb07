import fc from 'fast-check';
import { summariseCounts } from '@rollcall/rules';
import { FiguresTally, markCountsOf } from './attendance-figures';

describe('FiguresTally', () => {
  it('judges persistent and severe absence per enrolment, and pools the sessions', () => {
    const tally = new FiguresTally();
    tally.add({ possible: 100, present: 95, approvedEducationalActivity: 0, authorised: 5, unauthorised: 0, notPossible: 0 });
    tally.add({ possible: 10, present: 5, approvedEducationalActivity: 0, authorised: 0, unauthorised: 5, notPossible: 0 });
    tally.add({ possible: 0, present: 0, approvedEducationalActivity: 0, authorised: 0, unauthorised: 0, notPossible: 4 });
    expect(tally.figures()).toMatchObject({
      enrolments: 2,
      possibleSessions: 110,
      attendedSessions: 100,
      overallAbsenceSessions: 10,
      persistentlyAbsent: 1,
      severelyAbsent: 1,
      persistentAbsenceRate: 50,
    });
    expect(tally.figures().overallAbsenceRate).toBeCloseTo(9.0909, 3);
  });

  it('gives the same figures from group totals added up elsewhere as from the enrolments one by one', () => {
    const enrolment = fc.record({
      possible: fc.constant(0),
      present: fc.nat(60),
      approvedEducationalActivity: fc.nat(5),
      authorised: fc.nat(20),
      unauthorised: fc.nat(20),
      notPossible: fc.nat(5),
    });
    fc.assert(
      fc.property(fc.array(enrolment, { maxLength: 20 }), (enrolments) => {
        const one = new FiguresTally();
        const group = { enrolments: 0, possible: 0, attended: 0, authorised: 0, unauthorised: 0, persistentlyAbsent: 0, severelyAbsent: 0 };
        for (const e of enrolments) {
          one.add(e);
          const s = summariseCounts(markCountsOf(e));
          if (s.possibleSessions === 0) continue;
          group.enrolments += 1;
          group.possible += s.possibleSessions;
          group.attended += s.attendedSessions;
          group.authorised += s.authorisedAbsence;
          group.unauthorised += s.unauthorisedAbsence;
          group.persistentlyAbsent += s.persistentlyAbsent ? 1 : 0;
          group.severelyAbsent += s.severelyAbsent ? 1 : 0;
        }
        const added = new FiguresTally();
        added.addGroup(group);
        expect(added.figures()).toEqual(one.figures());
      }),
    );
  });
});

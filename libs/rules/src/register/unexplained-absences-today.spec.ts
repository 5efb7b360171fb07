import { PupilMark, unexplainedAbsencesToday } from './unexplained-absences-today';

const m = (pupilId: string, date: string, session: 'AM' | 'PM', code: PupilMark['code']): PupilMark => ({ pupilId, date, session, code });

describe('unexplainedAbsencesToday', () => {
  it('a pupil coded N this morning after being in school yesterday needs a first-day call, not safeguarding follow-up', () => {
    const marks = [m('amy', '2026-01-12', 'AM', '/'), m('amy', '2026-01-12', 'PM', '\\'), m('amy', '2026-01-13', 'AM', 'N')];
    expect(unexplainedAbsencesToday(marks, '2026-01-13')).toEqual([
      { pupilId: 'amy', sessions: ['AM'], consecutiveDays: 1, since: '2026-01-13', safeguardingFollowUp: false, informSocialWorker: false },
    ]);
  });

  it('unexplained absence continuing from Friday to Monday is flagged for safeguarding follow-up', () => {
    const marks = [
      m('ben', '2026-01-08', 'AM', 'Y4'),
      m('ben', '2026-01-08', 'PM', 'Y4'),
      m('ben', '2026-01-07', 'AM', 'O'),
      m('ben', '2026-01-07', 'PM', 'O'),
      m('ben', '2026-01-09', 'AM', 'N'),
      m('ben', '2026-01-09', 'PM', 'N'),
      m('ben', '2026-01-12', 'AM', 'N'),
      m('ben', '2026-01-06', 'AM', '/'),
    ];
    expect(unexplainedAbsencesToday(marks, '2026-01-12', ['ben'])).toEqual([
      { pupilId: 'ben', sessions: ['AM'], consecutiveDays: 3, since: '2026-01-07', safeguardingFollowUp: true, informSocialWorker: true },
    ]);
  });

  it('absences already explained, and pupils present, need no call', () => {
    const marks = [m('cal', '2026-01-13', 'AM', 'I'), m('dee', '2026-01-13', 'AM', '/'), m('eve', '2026-01-12', 'AM', 'N')];
    expect(unexplainedAbsencesToday(marks, '2026-01-13')).toEqual([]);
  });

  it('a pupil who was N this morning but in school this afternoon gets a call but no continuing-absence flag', () => {
    const marks = [m('fay', '2026-01-12', 'AM', 'N'), m('fay', '2026-01-12', 'PM', 'N'), m('fay', '2026-01-13', 'AM', 'N'), m('fay', '2026-01-13', 'PM', '\\')];
    expect(unexplainedAbsencesToday(marks, '2026-01-13')).toMatchObject([{ pupilId: 'fay', consecutiveDays: 1, safeguardingFollowUp: false }]);
  });

  it('an LA setting of 3 days delays the safeguarding flag', () => {
    const marks = [m('gus', '2026-01-12', 'AM', 'N'), m('gus', '2026-01-13', 'AM', 'N'), m('hal', '2026-01-13', 'AM', 'N')];
    const result = unexplainedAbsencesToday(marks, '2026-01-13', [], { maxRegisterOpenMinutes: 30, safeguardingFollowUpAfterConsecutiveDays: 3 });
    expect(result.map((c) => [c.pupilId, c.consecutiveDays, c.safeguardingFollowUp])).toEqual([
      ['gus', 2, false],
      ['hal', 1, false],
    ]);
  });
});

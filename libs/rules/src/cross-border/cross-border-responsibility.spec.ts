import fc from 'fast-check';
import { CrossBorderAction, crossBorderResponsibility } from './cross-border-responsibility';
import { DEFAULT_CROSS_BORDER_SETTINGS } from './cross-border-settings';

// Sefton (343) pupil at a school in Liverpool (341).
const sefton = '343';
const liverpool = '341';
const who = (action: CrossBorderAction) => crossBorderResponsibility({ action, homeLa: sefton, schoolLa: liverpool });

describe('crossBorderResponsibility', () => {
  it('early help, social-care plans, alternative provision and transport sit with the home LA, telling the school LA', () => {
    for (const action of ['EARLY_HELP', 'SOCIAL_CARE_PLAN', 'ALTERNATIVE_PROVISION', 'HOME_TO_SCHOOL_TRANSPORT'] as const) {
      expect(who(action)).toMatchObject({ actingLa: sefton, tell: [liverpool], basis: 'HOME_LA_FAMILY_SUPPORT' });
    }
  });

  it('penalty notices and Notices to Improve follow the school LA’s code and are issued by it, telling the home LA', () => {
    expect(who('PENALTY_NOTICE')).toEqual({
      action: 'PENALTY_NOTICE',
      actingLa: liverpool,
      tell: [sefton],
      basis: 'SCHOOL_LA_CODE_OF_CONDUCT',
      source: "domain §5, §17.2: follows and is issued under the school LA's code",
    });
    expect(who('NOTICE_TO_IMPROVE').actingLa).toBe(liverpool);
    expect(who('TARGETING_SUPPORT_MEETING').actingLa).toBe(liverpool);
    expect(who('ATTENDANCE_CONTRACT').actingLa).toBe(liverpool);
  });

  it('prosecution: by default the school LA prosecutes and tells the home LA (UNCONFIRMED, a setting)', () => {
    expect(who('PROSECUTION')).toMatchObject({ actingLa: liverpool, tell: [sefton], decidedBySetting: 'prosecutingLa' });
    const settings = { ...DEFAULT_CROSS_BORDER_SETTINGS, prosecutingLa: 'HOME_LA' as const };
    expect(crossBorderResponsibility({ action: 'PROSECUTION', homeLa: sefton, schoolLa: liverpool, settings }).actingLa).toBe(sefton);
  });

  it('ESO: the home LA is designated unless the LAs agree on the school LA', () => {
    expect(who('EDUCATION_SUPERVISION_ORDER')).toMatchObject({ actingLa: sefton, tell: [liverpool], basis: 'ESO_DESIGNATED_LA', decidedBySetting: 'esoDesignatedLa' });
    const settings = { ...DEFAULT_CROSS_BORDER_SETTINGS, esoDesignatedLa: 'SCHOOL_LA' as const };
    expect(crossBorderResponsibility({ action: 'EDUCATION_SUPERVISION_ORDER', homeLa: sefton, schoolLa: liverpool, settings }).actingLa).toBe(liverpool);
  });

  it('school attendance orders and children missing education belong to the LA where the child lives', () => {
    expect(who('SCHOOL_ATTENDANCE_ORDER')).toMatchObject({ actingLa: sefton, basis: 'HOME_LA_CHILD_IN_ITS_AREA' });
    expect(who('CHILDREN_MISSING_EDUCATION').actingLa).toBe(sefton);
  });

  it('EHCP issues go to the LA maintaining the plan; a looked-after child stays with the LA that looks after them', () => {
    expect(crossBorderResponsibility({ action: 'EHCP', homeLa: sefton, schoolLa: liverpool, ehcpLa: '340' })).toMatchObject({ actingLa: '340', tell: [sefton, liverpool] });
    expect(who('EHCP').actingLa).toBe(sefton);
    expect(crossBorderResponsibility({ action: 'VIRTUAL_SCHOOL', homeLa: liverpool, schoolLa: liverpool, careLa: sefton })).toMatchObject({ actingLa: sefton, tell: [liverpool] });
  });

  it('the attendance return goes to the school LA by default, telling the home LA', () => {
    expect(who('ATTENDANCE_RETURN')).toMatchObject({ actingLa: liverpool, tell: [sefton], decidedBySetting: 'attendanceReturnLa' });
    const settings = { ...DEFAULT_CROSS_BORDER_SETTINGS, attendanceReturnLa: 'HOME_LA' as const };
    expect(crossBorderResponsibility({ action: 'ATTENDANCE_RETURN', homeLa: sefton, schoolLa: liverpool, settings }).actingLa).toBe(sefton);
  });

  it('property: when home and school LA are the same, that LA acts and nobody else needs telling', () => {
    const actions: CrossBorderAction[] = [
      'EARLY_HELP', 'SOCIAL_CARE_PLAN', 'ALTERNATIVE_PROVISION', 'HOME_TO_SCHOOL_TRANSPORT', 'EHCP', 'TARGETING_SUPPORT_MEETING', 'NOTICE_TO_IMPROVE',
      'PENALTY_NOTICE', 'ATTENDANCE_CONTRACT', 'EDUCATION_SUPERVISION_ORDER', 'PROSECUTION', 'SCHOOL_ATTENDANCE_ORDER', 'CHILDREN_MISSING_EDUCATION',
      'ATTENDANCE_RETURN', 'VIRTUAL_SCHOOL',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...actions), fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^\d{3}$/), (action, la, other) => {
        const same = crossBorderResponsibility({ action, homeLa: la, schoolLa: la });
        expect(same.actingLa).toBe(la);
        expect(same.tell).toEqual([]);
        const cross = crossBorderResponsibility({ action, homeLa: la, schoolLa: other });
        expect([la, other]).toContain(cross.actingLa);
        expect(cross.tell).not.toContain(cross.actingLa);
      }),
    );
  });
});

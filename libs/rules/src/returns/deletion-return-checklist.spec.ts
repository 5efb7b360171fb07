import { deletionReturnChecklist } from './deletion-return-checklist';

const complete = {
  fullName: 'Sam Carter',
  address: '1 High Street, Bootle L20 1AA',
  parents: [
    { name: 'Jo Carter', address: '1 High Street, Bootle L20 1AA', emergencyPhone: '07700 900123', livesWithPupil: true },
    { name: 'Lee Carter', livesWithPupil: false },
  ],
  ground: 'REGISTERED_AT_ANOTHER_SCHOOL' as const,
};

describe('deletionReturnChecklist', () => {
  it('a return with name, address, the parent the pupil lives with (with an emergency phone) and the ground is complete', () => {
    expect(deletionReturnChecklist(complete)).toEqual({ allowed: true });
  });

  it('lists every missing item, naming the parent concerned', () => {
    const result = deletionReturnChecklist({
      fullName: ' ',
      parents: [
        { name: 'Jo Carter', address: '1 High Street', livesWithPupil: true },
        { emergencyPhone: '07700 900456', livesWithPupil: true },
      ],
    });
    expect(result).toEqual({
      allowed: false,
      reason: 'INCOMPLETE',
      detail: {
        missing: [
          { item: 'FULL_NAME' },
          { item: 'ADDRESS' },
          { item: 'PARENT_EMERGENCY_PHONE', parentIndex: 0 },
          { item: 'PARENT_NAME', parentIndex: 1 },
          { item: 'PARENT_ADDRESS', parentIndex: 1 },
          { item: 'GROUND' },
        ],
      },
    });
  });

  it('needs at least one parent the pupil lives with', () => {
    expect(deletionReturnChecklist({ ...complete, parents: [{ name: 'Lee Carter', livesWithPupil: false }] })).toMatchObject({
      detail: { missing: [{ item: 'PARENT_PUPIL_LIVES_WITH' }] },
    });
  });
});

import { LocalDate } from '@rollcall/rules';

export type Faith = 'MUSLIM' | 'HINDU' | 'SIKH' | 'JEWISH';

/**
 * Days set apart for religious observance (code R) by each faith, 2024–2028. Dates that follow the moon are
 * the expected dates; a family's own religious body may observe them a day either side.
 */
export const RELIGIOUS_FESTIVALS: Readonly<Record<Faith, readonly LocalDate[]>> = {
  MUSLIM: [
    '2024-04-10', '2024-06-17', '2025-03-31', '2025-06-06', '2026-03-20', '2026-05-27',
    '2027-03-10', '2027-05-17', '2028-02-28', '2028-05-05',
  ],
  HINDU: ['2024-10-31', '2025-10-20', '2026-11-09', '2027-10-29', '2028-10-17'],
  SIKH: ['2024-11-15', '2025-11-05', '2026-11-24', '2027-11-15', '2028-04-13'],
  JEWISH: ['2024-10-03', '2025-09-23', '2025-10-02', '2026-09-21', '2027-10-11', '2028-09-21'],
};

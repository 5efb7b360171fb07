/** Academic years 2015/16 to 2040/41 get a partition each; anything else lands in the default partition. */
export const ACADEMIC_YEAR_PARTITIONS = Array.from({ length: 26 }, (_, i) => {
  const year = 2015 + i;
  return { name: `attendance_mark_${year}`, from: `${year}-08-01`, to: `${year + 1}-08-01` };
});

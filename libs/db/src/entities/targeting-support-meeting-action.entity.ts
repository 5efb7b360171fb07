import type { LocalDate } from '@rollcall/rules';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PupilEntity } from './pupil.entity';
import { TargetingSupportMeetingEntity } from './targeting-support-meeting.entity';

export type MeetingActionStatus = 'OPEN' | 'DONE' | 'DROPPED';

/** An action agreed at a targeting support meeting, about one pupil or the school as a whole. */
@Entity({ name: 'targeting_support_meeting_action' })
@Check('targeting_support_meeting_action_status_check', `status IN ('OPEN','DONE','DROPPED')`)
export class TargetingSupportMeetingActionEntity {
  @PrimaryColumn({ name: 'la_code', type: 'char', length: 3 })
  laCode!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'meeting_id', type: 'bigint' })
  meetingId!: string;

  /** Null for an action about the school as a whole. */
  @Column({ name: 'pupil_id', type: 'bigint', nullable: true })
  pupilId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: LocalDate | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: MeetingActionStatus;

  @ManyToOne(() => TargetingSupportMeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'targeting_support_meeting_action_la_code_meeting_id_fkey',
    },
    { name: 'meeting_id', referencedColumnName: 'id' },
  ])
  meeting?: TargetingSupportMeetingEntity;

  @ManyToOne(() => PupilEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'la_code',
      referencedColumnName: 'laCode',
      foreignKeyConstraintName: 'targeting_support_meeting_action_la_code_pupil_id_fkey',
    },
    { name: 'pupil_id', referencedColumnName: 'id' },
  ])
  pupil?: PupilEntity;
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** ROLLCALL: every enrolment. DFE: the national statistics’ cohort (pupils aged 5–15 on 31 August, no boarders, the summer 2 half term dropped for pupils aged 15), so the figures compare with the national ones. */
export type AttendanceStatisticsMethod =
  | 'DFE'
  | 'ROLLCALL';

/** Whether the API can reach its database */
export type DatabaseStatus =
  | 'DOWN'
  | 'UP';

/** The period a return covers: for the attendance return, the interval agreed with the LA. */
export type PrepareReturnInput = {
  /** The LA the return is made to; default your own. */
  laCode?: string | null | undefined;
  periodEnd: string;
  periodStart: string;
  urn: number;
};

/** Why a pupil needs someone’s attention, by the statutory rules and the LA’s graduated response. */
export type PupilNeed =
  | 'ATTENDANCE_RETURN_DUE'
  | 'GRADUATED_RESPONSE_ACTIONS_DUE'
  | 'PENALTY_NOTICE_THRESHOLD_MET'
  | 'PERSISTENTLY_ABSENT'
  | 'REASON_FOR_ABSENCE_OVERDUE'
  | 'SEVERELY_ABSENT'
  | 'SICKNESS_RETURN_DUE';

/** A class’s or the whole school’s marks for one session, recorded together or not at all. */
export type RecordMarksInput = {
  date: string;
  /** 8–200 characters (a UUID will do): sending the same marks with the same key again records them once. */
  idempotencyKey: string;
  marks: Array<RegisterMarkInput>;
  session: RegisterSession;
  urn: number;
};

/** One pupil’s mark: the pupil by id or by UPN (one of them), the code, and minutes late for a late arrival. */
export type RegisterMarkInput = {
  /** A code in force on the date, as the regulations spell it ("/", "\\", "L", "I", "C1"…). */
  code: string;
  /** With L or U: minutes after the register opened. Rollcall records L if that is before the register closed, else U. */
  minutesLate?: number | null | undefined;
  pupilId?: string | number | null | undefined;
  upn?: string | null | undefined;
};

/** The morning (AM) or afternoon (PM) session of a school day. */
export type RegisterSession =
  | 'AM'
  | 'PM';

/** Whether the session was held: HELD needs every pupil marked; a closure takes "#" or "Y4"; INSET days and holidays need no mark. */
export type RegisterSessionStatus =
  | 'HELD'
  | 'INSET'
  | 'NOT_A_SCHOOL_SESSION'
  | 'PLANNED_CLOSURE'
  | 'UNPLANNED_CLOSURE';

/** The phase of education the school provides. */
export type SchoolPhase =
  | 'ALL_THROUGH'
  | 'ALTERNATIVE_PROVISION'
  | 'NURSERY'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SPECIAL';

/** The kind of establishment (Get Information about Schools). */
export type SchoolType =
  | 'ACADEMY'
  | 'ALTERNATIVE_PROVISION'
  | 'COMMUNITY'
  | 'FOUNDATION'
  | 'FREE_SCHOOL'
  | 'INDEPENDENT'
  | 'NON_MAINTAINED_SPECIAL'
  | 'PRU'
  | 'SPECIAL'
  | 'VOLUNTARY_AIDED'
  | 'VOLUNTARY_CONTROLLED';

/** Attendance, sickness, new-pupil or deletion return (domain §2, §3). */
export type StatutoryReturnKind =
  | 'ATTENDANCE'
  | 'DELETION'
  | 'NEW_PUPIL'
  | 'SICKNESS';

export type StatutoryReturnStatus =
  | 'ACKNOWLEDGED'
  | 'DRAFT'
  | 'SUBMITTED';

export type SubmitStatutoryReturnInput = {
  /** Your key for this submission (8–200 characters): sending it again changes nothing. */
  idempotencyKey: string;
  /** The LA the return is made to; default your own. */
  laCode?: string | null | undefined;
  returnId: string | number;
};

export type SchoolAttendanceQueryVariables = Exact<{
  urn: number;
  from: string;
  to: string;
  method?: AttendanceStatisticsMethod | null | undefined;
}>;


export type SchoolAttendanceQuery = { schoolDashboard: { urn: number | null, schoolName: string | null, from: string, to: string, method: AttendanceStatisticsMethod, figures: { enrolments: number, possibleSessions: number, attendanceRate: number | null, overallAbsenceRate: number | null, authorisedAbsenceRate: number | null, unauthorisedAbsenceRate: number | null, persistentlyAbsent: number, persistentAbsenceRate: number | null, severelyAbsent: number, severeAbsenceRate: number | null }, byYearGroup: Array<{ key: string, label: string, figures: { enrolments: number, possibleSessions: number, attendanceRate: number | null, overallAbsenceRate: number | null, authorisedAbsenceRate: number | null, unauthorisedAbsenceRate: number | null, persistentlyAbsent: number, persistentAbsenceRate: number | null, severelyAbsent: number, severeAbsenceRate: number | null } }>, byCohort: Array<{ key: string, label: string, absenceGapToAll: number | null, figures: { enrolments: number, possibleSessions: number, attendanceRate: number | null, overallAbsenceRate: number | null, authorisedAbsenceRate: number | null, unauthorisedAbsenceRate: number | null, persistentlyAbsent: number, persistentAbsenceRate: number | null, severelyAbsent: number, severeAbsenceRate: number | null } }> } };

export type AttendanceFiguresPartsFragment = { enrolments: number, possibleSessions: number, attendanceRate: number | null, overallAbsenceRate: number | null, authorisedAbsenceRate: number | null, unauthorisedAbsenceRate: number | null, persistentlyAbsent: number, persistentAbsenceRate: number | null, severelyAbsent: number, severeAbsenceRate: number | null };

export type PupilsNeedingActionQueryVariables = Exact<{
  urn?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PupilsNeedingActionQuery = { pupilsNeedingAction: { totalCount: number, nodes: Array<{ pupilId: string, upn: string, surname: string, forename: string, urn: number, schoolName: string, yearGroup: number | null, needs: Array<PupilNeed>, stage: string | null, stageLabel: string | null, yearToDate: { possibleSessions: number, attendanceRate: number | null, persistentlyAbsent: boolean, severelyAbsent: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, database: DatabaseStatus } };

export type RegisterQueryVariables = Exact<{
  urn: number;
  date: string;
  session: RegisterSession;
  yearGroup?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegisterQuery = { register: { urn: number, schoolName: string, date: string, session: RegisterSession, status: RegisterSessionStatus, needsMarks: boolean, registerClosesAt: string, entries: { nodes: Array<{ pupilId: string, upn: string, surname: string, forename: string, yearGroup: number | null, needsMark: boolean, mark: { code: string, minutesLate: number | null } | null, yearToDate: { possibleSessions: number, attendanceRate: number | null, overallAbsenceRate: number | null, persistentlyAbsent: boolean, severelyAbsent: boolean, stage: { band: number, stage: string, label: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type RecordMarksMutationVariables = Exact<{
  input: RecordMarksInput;
}>;


export type RecordMarksMutation = { recordMarks:
    | { __typename: 'RecordedMarks', importId: string, urn: number, date: string, session: RegisterSession, repeated: boolean, recordedBy: string, marks: Array<{ upn: string, code: string, sentCode: string | null, changed: boolean }> }
    | { __typename: 'Refused', code: string, message: string, problems: Array<{ row: number | null, field: string | null, message: string }> }
   };

export type PrepareAttendanceReturnMutationVariables = Exact<{
  input: PrepareReturnInput;
}>;


export type PrepareAttendanceReturnMutation = { prepareAttendanceReturn:
    | { __typename: 'Refused', code: string, message: string, field: string | null }
    | { __typename: 'StatutoryReturn', id: string, laCode: string, urn: number, kind: StatutoryReturnKind, status: StatutoryReturnStatus, periodStart: string | null, periodEnd: string | null, dueOn: string, overdue: boolean, submittedAt: string | null, submittedBy: string | null }
   };

export type SubmitStatutoryReturnMutationVariables = Exact<{
  input: SubmitStatutoryReturnInput;
}>;


export type SubmitStatutoryReturnMutation = { submitStatutoryReturn:
    | { __typename: 'Refused', code: string, message: string, field: string | null }
    | { __typename: 'StatutoryReturn', id: string, laCode: string, urn: number, kind: StatutoryReturnKind, status: StatutoryReturnStatus, periodStart: string | null, periodEnd: string | null, dueOn: string, overdue: boolean, submittedAt: string | null, submittedBy: string | null }
   };

export type StatutoryReturnPartsFragment = { id: string, laCode: string, urn: number, kind: StatutoryReturnKind, status: StatutoryReturnStatus, periodStart: string | null, periodEnd: string | null, dueOn: string, overdue: boolean, submittedAt: string | null, submittedBy: string | null };

export type SchoolsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolsQuery = { schools: { totalCount: number, nodes: Array<{ urn: number, laestab: number, name: string, type: SchoolType, phase: SchoolPhase, registerOpens: string, registerCloses: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const AttendanceFiguresPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFiguresParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"overallAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"unauthorisedAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"persistentlyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"persistentAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"severelyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"severeAbsenceRate"}}]}}]} as unknown as DocumentNode<AttendanceFiguresPartsFragment, unknown>;
export const StatutoryReturnPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatutoryReturnParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatutoryReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}}]}}]} as unknown as DocumentNode<StatutoryReturnPartsFragment, unknown>;
export const SchoolAttendanceDocument = {"__meta__":{"hash":"69a8dbda703bea8a7e79956f01c28fd15690ee754906e06a407eb60391b18671"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceStatisticsMethod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFiguresParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYearGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFiguresParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"absenceGapToAll"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFiguresParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFiguresParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"}},{"kind":"Field","name":{"kind":"Name","value":"possibleSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"overallAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"unauthorisedAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"persistentlyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"persistentAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"severelyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"severeAbsenceRate"}}]}}]} as unknown as DocumentNode<SchoolAttendanceQuery, SchoolAttendanceQueryVariables>;
export const PupilsNeedingActionDocument = {"__meta__":{"hash":"f2d6000126ea50e701b2bc4aed24ab9558c37738a80258354f3307ec8a9854a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PupilsNeedingAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupilsNeedingAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupilId"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"forename"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"persistentlyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"severelyAbsent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PupilsNeedingActionQuery, PupilsNeedingActionQueryVariables>;
export const HealthDocument = {"__meta__":{"hash":"f21f26046478f6c4fefdf5675b948b64147264e284e8c60af45f5025cc513174"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"database"}}]}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"0986e844633b0d67be65040f86d9620ae42fda2882a41d5dfdc58c265d30a873"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"session"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSession"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"session"},"value":{"kind":"Variable","name":{"kind":"Name","value":"session"}}},{"kind":"Argument","name":{"kind":"Name","value":"yearGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsMarks"}},{"kind":"Field","name":{"kind":"Name","value":"registerClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupilId"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"surname"}},{"kind":"Field","name":{"kind":"Name","value":"forename"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"needsMark"}},{"kind":"Field","name":{"kind":"Name","value":"mark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"overallAbsenceRate"}},{"kind":"Field","name":{"kind":"Name","value":"persistentlyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"severelyAbsent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterQuery, RegisterQueryVariables>;
export const RecordMarksDocument = {"__meta__":{"hash":"2f5aa4f183a81e9249e6074ac08c3a55ee4efcbbd99fb62a4c3038a969a4301f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMarksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedMarks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sentCode"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMarksMutation, RecordMarksMutationVariables>;
export const PrepareAttendanceReturnDocument = {"__meta__":{"hash":"720ffeb66475b6e430ed0be36b8b55faca5ce06dd5830aad28f2543a4c84322f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrepareAttendanceReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrepareReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareAttendanceReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatutoryReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatutoryReturnParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatutoryReturnParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatutoryReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}}]}}]} as unknown as DocumentNode<PrepareAttendanceReturnMutation, PrepareAttendanceReturnMutationVariables>;
export const SubmitStatutoryReturnDocument = {"__meta__":{"hash":"918debdabf8df103a3a853617195e646f153a6f73978dba78f46273295142b56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStatutoryReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitStatutoryReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStatutoryReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatutoryReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatutoryReturnParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatutoryReturnParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatutoryReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}}]}}]} as unknown as DocumentNode<SubmitStatutoryReturnMutation, SubmitStatutoryReturnMutationVariables>;
export const SchoolsDocument = {"__meta__":{"hash":"51ba363abfce1dfe3abd7b4e409b0d41d8bc4800f85abad41be9dfef6b659d55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"registerOpens"}},{"kind":"Field","name":{"kind":"Name","value":"registerCloses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
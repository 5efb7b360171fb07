import { Refused, resultUnion } from '@rollcall/api-core';
import type { ImportProblemReason } from '../import-problem';
import type { RegisterFileFormat } from '../register-upload';
import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { RegisterFileFormatEnum, RegisterImportProblemReasonEnum } from './register-enums';

@ObjectType({ description: 'A register file or push, imported: every mark checked and applied with the summaries it changes.' })
export class RegisterImport {
  @Field(() => ID)
  importId!: string;

  @Field({ description: 'MARKS, CSV or CTF.' })
  kind!: string;

  @Field(() => Int)
  urn!: number;

  @Field(() => Int, { description: 'Marks the file carried (a mark already held with the same code is left as it is).' })
  marks!: number;

  @Field(() => Int)
  pupils!: number;

  @Field()
  importedAt!: string;

  @Field()
  importedBy!: string;

  @Field({ description: 'True when the same key and content were imported before: nothing more was written.' })
  repeated!: boolean;
}

@ObjectType({ description: 'One thing to fix in the file.' })
export class RegisterImportProblem {
  @Field(() => Int, { description: 'The CSV line (the header is line 1), or the pupil’s position in a CTF (0 for its header).' })
  row!: number;

  @Field({ description: 'The column or element, e.g. "code" or "AttendanceMarks[3]".' })
  field!: string;

  @Field(() => RegisterImportProblemReasonEnum)
  reason!: ImportProblemReason;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true })
  upn!: string | null;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  session!: string | null;
}

@ObjectType({ description: 'The file was rejected and nothing was imported: every problem is counted, the first 100 listed in file order.' })
export class RegisterImportRejected {
  @Field({ description: 'IMPORT_REJECTED.' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => Int)
  totalProblems!: number;

  @Field(() => [RegisterImportProblem])
  problems!: RegisterImportProblem[];
}

export const RegisterImportOutcome = createUnionType({
  name: 'RegisterImportOutcome',
  description: 'The import, the file’s rejection report, or why it was refused.',
  types: () => [RegisterImport, RegisterImportRejected, Refused] as const,
  resolveType: (value) => (value instanceof Refused ? Refused : value instanceof RegisterImportRejected ? RegisterImportRejected : RegisterImport),
});

@ObjectType({ description: 'A one-time URL to PUT a register file of any size to (it expires).' })
export class RegisterUpload {
  @Field(() => Int)
  urn!: number;

  @Field(() => RegisterFileFormatEnum)
  format!: RegisterFileFormat;

  @Field({ description: 'The path on this API’s origin to send the file to, as the request body.' })
  url!: string;

  @Field({ description: 'PUT.' })
  method!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Int)
  maxBytes!: number;

  @Field({ description: 'The idempotency key the import will carry: a second upload to the URL is applied once.' })
  idempotencyKey!: string;
}

export const CreateRegisterUploadResult = resultUnion('CreateRegisterUploadResult', RegisterUpload, 'The upload URL, or why the caller may not send the school’s registers.');

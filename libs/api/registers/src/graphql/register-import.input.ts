import { Field, InputType, Int } from 'type-graphql';
import type { RegisterFileFormat } from '../register-upload';
import { RegisterFileFormatEnum } from './register-enums';

@InputType({ description: 'A register file (up to the 1 MB request limit; use createRegisterUpload for bigger ones).' })
export class ImportRegisterFileInput {
  @Field(() => Int)
  urn!: number;

  @Field(() => RegisterFileFormatEnum)
  format!: RegisterFileFormat;

  @Field({ description: 'The file’s text: a CSV register (upn,date,session,code,minutes_late) or a Common Transfer File.' })
  content!: string;

  @Field({ description: '8–200 characters: the same key and file again are imported once.' })
  idempotencyKey!: string;
}

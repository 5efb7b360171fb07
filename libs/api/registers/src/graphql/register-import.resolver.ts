import { Refusal, Refused, orRefused, refusedFrom, scopeOf } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { ImportRejectedDetail } from '../import-problem';
import { RegisterFileImportService } from '../register-file-import.service';
import type { RegisterImportResult } from '../register-import.service';
import { RegisterUploadService } from '../register-upload';
import type { RegisterFileFormat, RegisterUpload as RegisterUploadRecord } from '../register-upload';
import { REGISTER_WRITERS } from './mark-recording.resolver';
import { RegisterFileFormatEnum } from './register-enums';
import { ImportRegisterFileInput } from './register-import.input';
import { CreateRegisterUploadResult, RegisterImportOutcome, RegisterImportRejected } from './register-import.type';

@Resolver()
export class RegisterImportResolver {
  constructor(
    private readonly files: RegisterFileImportService,
    private readonly uploads: RegisterUploadService,
  ) {}

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => RegisterImportOutcome, {
    description:
      'Imports a register file (CSV or Common Transfer File) sent in the request: all of it, or nothing with a report of every problem ' +
      '(row, field and reason). For files over 1 MB, ask for an upload URL with createRegisterUpload.',
  })
  async importRegisterFile(@Arg('input') input: ImportRegisterFileInput, @Ctx() ctx: RequestContext): Promise<RegisterImportResult | RegisterImportRejected | Refused> {
    try {
      return await this.files.importFile(scopeOf(ctx), input);
    } catch (error) {
      if (error instanceof Refusal && error.code === 'IMPORT_REJECTED') return rejectionOf(error);
      if (error instanceof Refusal) return refusedFrom(error);
      throw error;
    }
  }

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => CreateRegisterUploadResult, {
    description:
      'A one-time URL, valid for 15 minutes, to PUT a register file of any size to; the file is streamed into the import as you, ' +
      'and the response is the import or its rejection report.',
  })
  createRegisterUpload(
    @Arg('urn', () => Int) urn: number,
    @Arg('format', () => RegisterFileFormatEnum) format: RegisterFileFormat,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisterUploadRecord | Refused> {
    return orRefused(() => this.uploads.createUpload(scopeOf(ctx), urn, format));
  }
}

function rejectionOf(refusal: Refusal): RegisterImportRejected {
  const detail = refusal.detail as ImportRejectedDetail;
  return Object.assign(new RegisterImportRejected(), {
    code: refusal.code,
    message: refusal.message,
    totalProblems: detail.totalProblems,
    problems: detail.problems.map((p) => ({
      row: p.row,
      field: p.field,
      reason: p.reason,
      message: p.message,
      upn: p.upn ?? null,
      date: p.date ?? null,
      session: p.session ?? null,
    })),
  });
}

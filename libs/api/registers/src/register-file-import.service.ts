import { Readable } from 'node:stream';
import { Refusal, Scope } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { RegisterImportResult, RegisterImportService } from './register-import.service';
import { RegisterFileFormat } from './register-upload';

export interface RegisterFileInput {
  readonly urn: number;
  readonly format: RegisterFileFormat;
  /** The whole file as text (GraphQL requests are limited to 1 MB: bigger files go to an upload URL). */
  readonly content: string;
  readonly idempotencyKey: string;
}

/** A register file sent in a GraphQL request, imported for the caller's own LA (README: "CSV register files", "CTF files"). */
export class RegisterFileImportService {
  constructor(private readonly imports: RegisterImportService) {}

  static create(dataSource: DataSource): RegisterFileImportService {
    return new RegisterFileImportService(new RegisterImportService(dataSource));
  }

  importFile(scope: Scope, input: RegisterFileInput): Promise<RegisterImportResult> {
    if (!scope.laCode) throw new Refusal('NOT_PERMITTED', 'Only a school’s staff or its LA can import its registers.');
    if (typeof input.content !== 'string' || input.content.trim() === '') {
      throw new Refusal('EMPTY_FILE', 'The file is empty: send the register file’s contents.', { field: 'content' });
    }
    const target = { laCode: scope.laCode, urn: input.urn, idempotencyKey: input.idempotencyKey };
    const body = Readable.from([Buffer.from(input.content, 'utf8')]);
    return input.format === 'CSV' ? this.imports.importCsv(scope, { ...target, csv: body }) : this.imports.importCtf(scope, { ...target, xml: body });
  }
}

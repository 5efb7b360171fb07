/**
 * Thrown inside an import's stream when the rest of the file cannot be read (a bad header, malformed CSV or XML,
 * a CTF for another school): the problem is already recorded, and the import is refused with it.
 */
export class ImportStopped extends Error {
  constructor() {
    super('The import stopped at a problem that makes the rest of the file unreadable');
    this.name = 'ImportStopped';
  }
}

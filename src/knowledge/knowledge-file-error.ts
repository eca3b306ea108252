import { FactoryError } from '../errors/factory-error.ts';

/** A knowledge data file that cannot be read or does not match its schema. */
export class KnowledgeFileError extends FactoryError {
  readonly file: string;
  /** Dotted path of the first offending field (`playbook.platforms.1.weight`), or `(file)`. */
  readonly field: string;

  constructor(file: string, field: string, problem: string, hint: string) {
    super('KNOWLEDGE_FILE_INVALID', `${file}: ${field}: ${problem}`, hint);
    this.name = 'KnowledgeFileError';
    this.file = file;
    this.field = field;
  }
}

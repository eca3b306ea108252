export { asNounPhrase, asPlace, asVerbPhrase, differentNames, inPlace } from './slot-kinds.ts';
export { written } from './written.ts';

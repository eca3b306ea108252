import { describe, expect, it } from 'vitest';
import { asNounPhrase, asVerbPhrase, inPlace, written } from '../../src/text/slots/index.ts';

describe('typed slots', () => {
  it('take noun phrases where a thing belongs, and refuse adjectives, clauses, verb phrases and debris', () => {
    for (const thing of [
      'sports massage',
      'Teeth Whitening',
      'a gift that feels special',
      'Volunteer Tutorial Program',
    ])
      expect(asNounPhrase(thing), thing).toBe(thing);
    for (const other of [
      'restful',
      'domestic',
      'Good to know',
      'treat themselves and family',
      'chatham-wayside-inn',
      'rehabilitatio/n',
      'Credential: board-certified',
    ])
      expect(asNounPhrase(other), other).toBeNull();
  });

  it('take verb phrases where an action belongs', () => {
    expect(asVerbPhrase('keep the family healthy')).toBe('keep the family healthy');
    expect(asVerbPhrase('treat themselves and family')).toBe('treat themselves and family');
    expect(asVerbPhrase('better taste and real ingredients')).toBeNull();
  });

  it('do not say a place the name already says', () => {
    expect(inPlace('Drywall Repair', 'Simi Valley')).toBe('Drywall Repair in Simi Valley');
    expect(inPlace('Drywall Repair in Simi Valley', 'Simi Valley')).toBeNull();
  });

  it('write no sentence when a slot has no value of its kind', () => {
    expect(written`Inn offers ${asNounPhrase('restful')} in Chatham.`).toBeNull();
    expect(written`Inn offers ${asNounPhrase('quiet rooms')} in Chatham.`).toBe(
      'Inn offers quiet rooms in Chatham.',
    );
  });
});

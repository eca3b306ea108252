import { describe, expect, it } from 'vitest';
import {
  findCompetitorMentions,
  isBrand,
} from '../../../src/agents/competitive-intelligence/find-competitor-mentions.ts';

const names = (text: string, brand = 'Acme Fitness') =>
  findCompetitorMentions(text, 'https://acme.example/', 'site', [brand]).map((mention) => mention.name);

describe('findCompetitorMentions', () => {
  it('finds names after comparative phrases', () => {
    expect(names('Unlike Planet Fitness, we coach every member.')).toEqual(['Planet Fitness']);
    expect(names('Compared to Orangetheory Fitness our classes are smaller.')).toEqual([
      'Orangetheory Fitness',
    ]);
    expect(names('The friendly alternative to LA Fitness.')).toEqual(['LA Fitness']);
    expect(names('We are cheaper than Equinox and more fun.')).toEqual(['Equinox']);
    expect(names('Members who switched from Gold’s Gym love us.')).toEqual(['Gold’s Gym']);
  });

  it('reads both sides of "X vs Y" but drops the brand', () => {
    expect(names('Peloton vs. Apple Fitness+ for home workouts.')).toEqual(['Peloton', 'Apple Fitness']);
    expect(names('Why Acme Fitness vs Planet Fitness is an easy choice.')).toEqual(['Planet Fitness']);
  });

  it('reads lists after "competitors such as"', () => {
    expect(
      names('Our competitors such as Planet Fitness, Crunch Fitness and 24 Hour Fitness charge extra.'),
    ).toEqual(['Planet Fitness', 'Crunch Fitness', '24 Hour Fitness']);
  });

  it('does not continue after a comma for a single comparison', () => {
    expect(names("Unlike Planet Fitness, Portland's trainers at Acme know you.")).toEqual(['Planet Fitness']);
  });

  it('ignores generic phrases and lowercase words', () => {
    expect(names('Unlike most gyms, we care.')).toEqual([]);
    expect(names('Unlike Other Gyms, we care about you.')).toEqual([]);
    expect(names('Better than the big box gyms.')).toEqual([]);
    expect(names('Compared to Traditional Studios our prices are fair.')).toEqual([]);
    expect(names('We are better than ever.')).toEqual([]);
  });

  it('ignores headings where every word is capitalised', () => {
    expect(names('Unlike Any Gym You Have Ever Tried Before')).toEqual([]);
  });

  it('keeps excerpts within 200 characters', () => {
    const long = `${'We love our members and their goals. '.repeat(3)}${'very '.repeat(40)}unlike Planet Fitness we coach you ${'every single day '.repeat(10)}`;
    const [mention] = findCompetitorMentions(long, 'p', 'site', ['Acme']);
    expect(mention?.name).toBe('Planet Fitness');
    expect(mention?.excerpt.length).toBeLessThanOrEqual(200);
    expect(mention?.excerpt).toContain('Planet Fitness');
  });
});

describe('isBrand', () => {
  it('matches the brand, its parts and its spellings', () => {
    expect(isBrand('Bright Smile', ['Bright Smile Dental'])).toBe(true);
    expect(isBrand('BRIGHT SMILE DENTAL GROUP', ['Bright Smile Dental'])).toBe(true);
    expect(isBrand('Big Chain Dental', ['Bright Smile Dental', 'brightsmiledental'])).toBe(false);
  });
});

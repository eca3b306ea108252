import { createHash } from 'node:crypto';

const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'James',
  'Isabella',
  'Lucas',
  'Mia',
  'Mateo',
  'Amelia',
  'Benjamin',
  'Harper',
  'Henry',
  'Evelyn',
  'Theodore',
  'Aaliyah',
  'Daniel',
  'Priya',
  'Arjun',
  'Mei',
  'Wei',
  'Yuki',
  'Hiro',
  'Fatima',
  'Omar',
  'Chloe',
  'Samuel',
  'Zoe',
  'David',
  'Nora',
  'Gabriel',
  'Leila',
  'Diego',
  'Camila',
  'Kwame',
  'Amara',
  'Sofia',
  'Jonas',
  'Freya',
  'Lars',
  'Ingrid',
  'Luca',
  'Giulia',
  'Tomás',
  'Lucía',
  'Oscar',
  'Hannah',
] as const;

const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Patel',
  'Nguyen',
  'Kim',
  'Chen',
  'Singh',
  'Okafor',
  'Mensah',
  'Schmidt',
  'Müller',
  'Rossi',
  'Novak',
  'Kowalski',
  "O'Brien",
  'Murphy',
  'Silva',
  'Santos',
  'Cohen',
  'Haddad',
  'Nakamura',
  'Larsen',
] as const;

const MESSAGES = [
  'Hi, could you send me more information?',
  "I'd like a quote, please.",
  'What are your prices?',
  'Can someone call me back this week?',
  'Is there availability next month?',
  'Saw your ad, interested. What are the next steps?',
  'Do you offer a free consultation?',
  'Please get in touch by email.',
  '',
] as const;

export interface FakePerson {
  name: string;
  email: string;
  phone: string;
  /** Empty when the visitor left the message box blank. */
  message: string;
}

/**
 * The person behind a conversion, from a hash of the seed and the conversion id: a plausible name,
 * an address on example.com (reserved for examples, so no mail ever leaves) and a 555-01xx number
 * (reserved for fiction in North America).
 */
export function fakePerson(seed: number, conversionId: string): FakePerson {
  const bytes = createHash('sha256')
    .update(JSON.stringify([seed, 'person', conversionId]))
    .digest();
  const first = FIRST_NAMES[bytes.readUInt16LE(0) % FIRST_NAMES.length]!;
  const last = LAST_NAMES[bytes.readUInt16LE(2) % LAST_NAMES.length]!;
  const areaCode = 201 + (bytes.readUInt16LE(4) % 780);
  const line = String(bytes.readUInt16LE(6) % 100).padStart(2, '0');
  return {
    name: `${first} ${last}`,
    email: `${emailPart(first)}.${emailPart(last)}.${bytes.subarray(8, 10).toString('hex')}@example.com`,
    phone: `+1 (${areaCode}) 555-01${line}`,
    message: MESSAGES[bytes.readUInt16LE(10) % MESSAGES.length]!,
  };
}

function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

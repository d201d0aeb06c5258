import { Gender } from "../common/domain";
import type { Rng } from "./random";

/**
 * Synthetic names and contact details. Given names are common first names; surnames are invented
 * from syllables, so no generated full name is meant to be, or look up, a real person. E-mails use
 * `.example` domains (RFC 2606) and phones Ofcom's drama ranges.
 */

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily", "Ella", "Lily", "Freya",
  "Chloe", "Jessica", "Aisha", "Fatima", "Maryam", "Zara", "Hannah", "Lucy", "Megan", "Ellie",
  "Holly", "Amy", "Sarah", "Laura", "Rebecca", "Emma", "Charlotte", "Katie", "Sophia", "Ruby",
  "Evie", "Poppy", "Layla", "Nadia", "Amira", "Anna", "Rhiannon", "Cerys", "Seren", "Hafsa",
  "Khadija", "Priya", "Simran", "Natalia", "Julia", "Chantelle", "Leah", "Paige", "Jade",
];

export const MALE_GIVEN_NAMES: readonly string[] = [
  "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Jacob", "Thomas", "James", "William",
  "Joshua", "Daniel", "Ryan", "Callum", "Connor", "Liam", "Kyle", "Lewis", "Ethan", "Mohammed",
  "Muhammad", "Ali", "Omar", "Yusuf", "Ibrahim", "Adam", "Bilal", "Hamza", "Ayaan", "Luke",
  "Dylan", "Rhys", "Owen", "Gareth", "Craig", "Lee", "Mark", "Paul", "Scott", "Aaron", "Nathan",
  "Reece", "Tyler", "Kieran", "Bradley", "Jake", "Harvey", "Zain", "Arjun", "Tomasz",
];

export const UNISEX_GIVEN_NAMES: readonly string[] = [
  "Alex", "Sam", "Jordan", "Charlie", "Robin", "Jamie", "Riley", "Morgan", "Casey", "Rowan",
];

const SURNAME_HEADS: readonly string[] = [
  "Bren", "Cavr", "Dorn", "Elv", "Fesk", "Gwyth", "Hask", "Ilv", "Jask", "Kelv", "Lorm", "Marv",
  "Nesk", "Orv", "Presk", "Quell", "Rask", "Sorv", "Tresk", "Ulv", "Vask", "Yorv", "Zell", "Thrym",
  "Morv", "Brask", "Cwen", "Drev", "Hurv", "Gelv",
];

const SURNAME_TAILS: readonly string[] = [
  "wick", "moor", "holme", "stead", "thorpe", "combe", "mere", "gate", "hurst", "ley", "ford",
  "dale", "well", "lowe", "wold", "by", "field", "wood", "bury", "shaw",
];

/** Every invented surname, head × tail (600 of them). */
export const INVENTED_SURNAMES: readonly string[] = SURNAME_HEADS.flatMap((head) =>
  SURNAME_TAILS.map((tail) => head + tail),
);

export function givenNameFor(rng: Rng, gender: Gender): string {
  switch (gender) {
    case Gender.FEMALE:
      return rng.pick(FEMALE_GIVEN_NAMES);
    case Gender.MALE:
      return rng.pick(MALE_GIVEN_NAMES);
    case Gender.OTHER:
    case Gender.NOT_KNOWN:
      return rng.pick(UNISEX_GIVEN_NAMES);
  }
}

export function inventedSurname(rng: Rng): string {
  return rng.pick(INVENTED_SURNAMES);
}

/** `p.brenmoor@kirklees.example`: a work address on the agency's `.example` domain. */
export function workEmail(givenName: string, familyName: string, agencyId: string): string {
  return `${givenName[0]}.${familyName}@${agencyId}.example`.toLowerCase();
}

/**
 * A number in one of Ofcom's ranges reserved for drama: `01632 960xxx` (geographic),
 * `020 7946 0xxx` (London), `07700 900xxx` (mobile).
 */
export function dramaPhone(range: "geographic" | "london" | "mobile", n: number): string {
  const digits = String(Math.abs(Math.trunc(n)) % 1000).padStart(3, "0");
  switch (range) {
    case "geographic":
      return `01632 960${digits}`;
    case "london":
      return `020 7946 0${digits}`;
    case "mobile":
      return `07700 900${digits}`;
  }
}

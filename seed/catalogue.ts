import {
  AgencyKind,
  AssuranceRating,
  BoardMemberRole,
  DecisionStatus,
  PractitionerRole,
  Region,
  SharedDataCategory,
} from "../common/domain";
import { dramaPhone, workEmail } from "./names";
import type {
  SeedAgency,
  SeedBoard,
  SeedImmigrationContact,
  SeedPractitioner,
  SeedQualityAssuranceReview,
  SeedRolloutPhase,
  SeedSelfAssessment,
  SeedSharingAgreement,
} from "./world";

/**
 * Fixed reference data of the synthetic world. Public bodies (councils, police forces, CT policing
 * units, the Home Office, probation regions) carry their real names: they are reference data.
 * Health trusts, schools and colleges are invented. Every person named here is invented.
 */

// ---------------------------------------------------------------------------------------------
// Rollout phases

export const PHASE_PILOT = "pilot-2018";
export const PHASE_NORTH_WEST = "north-west-2018";
export const PHASE_SOUTH_WEST_WALES = "south-west-wales-2019";
export const PHASE_REMAINING = "remaining-regions-2020";

const PHASE_STARTS: Record<string, string> = {
  [PHASE_PILOT]: "2018-01-01",
  [PHASE_NORTH_WEST]: "2018-10-01",
  [PHASE_SOUTH_WEST_WALES]: "2019-04-01",
  [PHASE_REMAINING]: "2020-04-01",
};

// ---------------------------------------------------------------------------------------------
// Local authorities: region, police force, phase and the towns (with real outward postcode
// districts) their subjects live in. `weight` is the relative share of referrals they lead.

export interface LocalAuthorityInfo {
  id: string;
  name: string;
  region: Region;
  policeForceId: string;
  phaseId: string;
  weight: number;
  towns: readonly { town: string; districts: readonly string[] }[];
}

function la(
  id: string,
  name: string,
  region: Region,
  policeForceId: string,
  phaseId: string,
  weight: number,
  towns: Record<string, string[]>,
): LocalAuthorityInfo {
  return {
    id,
    name,
    region,
    policeForceId,
    phaseId,
    weight,
    towns: Object.entries(towns).map(([town, districts]) => ({ town, districts })),
  };
}

const { NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_THE_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EAST_OF_ENGLAND, LONDON, SOUTH_EAST, SOUTH_WEST, WALES } = Region;

export const PILOT_AUTHORITY_IDS: readonly string[] = [
  "blackburn-with-darwen",
  "brighton-and-hove",
  "croydon",
  "haringey",
  "kent",
  "kirklees",
  "luton",
  "oldham",
  "swansea",
];

export const LOCAL_AUTHORITIES: readonly LocalAuthorityInfo[] = [
  // Phase one: the nine pilot sites.
  la("blackburn-with-darwen", "Blackburn with Darwen Borough Council", NORTH_WEST, "lancashire-constabulary", PHASE_PILOT, 4, {
    Blackburn: ["BB1", "BB2"],
    Darwen: ["BB3"],
  }),
  la("brighton-and-hove", "Brighton & Hove City Council", SOUTH_EAST, "sussex-police", PHASE_PILOT, 4, {
    Brighton: ["BN1", "BN2"],
    Hove: ["BN3"],
  }),
  la("croydon", "London Borough of Croydon", LONDON, "metropolitan-police", PHASE_PILOT, 4, {
    Croydon: ["CR0"],
    "Thornton Heath": ["CR7"],
    Purley: ["CR8"],
  }),
  la("haringey", "London Borough of Haringey", LONDON, "metropolitan-police", PHASE_PILOT, 4, {
    Tottenham: ["N15", "N17"],
    "Wood Green": ["N22"],
    Hornsey: ["N8"],
  }),
  la("kent", "Kent County Council", SOUTH_EAST, "kent-police", PHASE_PILOT, 4, {
    Maidstone: ["ME14", "ME15"],
    Canterbury: ["CT1", "CT2"],
    Ashford: ["TN23", "TN24"],
    Folkestone: ["CT19", "CT20"],
    Dartford: ["DA1"],
  }),
  la("kirklees", "Kirklees Council", YORKSHIRE_AND_THE_HUMBER, "west-yorkshire-police", PHASE_PILOT, 4, {
    Huddersfield: ["HD1", "HD2", "HD3", "HD4", "HD5"],
    Dewsbury: ["WF12", "WF13"],
    Batley: ["WF17"],
    Heckmondwike: ["WF16"],
  }),
  la("luton", "Luton Borough Council", EAST_OF_ENGLAND, "bedfordshire-police", PHASE_PILOT, 4, {
    Luton: ["LU1", "LU2", "LU3", "LU4"],
  }),
  la("oldham", "Oldham Council", NORTH_WEST, "greater-manchester-police", PHASE_PILOT, 4, {
    Oldham: ["OL1", "OL4", "OL8"],
    Chadderton: ["OL9"],
    Royton: ["OL2"],
  }),
  la("swansea", "Swansea Council", WALES, "south-wales-police", PHASE_PILOT, 4, {
    Swansea: ["SA1", "SA2", "SA5", "SA6"],
  }),

  // Phase two: the North West regional model.
  la("manchester", "Manchester City Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 5, {
    Manchester: ["M1", "M8", "M13", "M14", "M16", "M40"],
  }),
  la("bolton", "Bolton Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Bolton: ["BL1", "BL2", "BL3"],
  }),
  la("bury", "Bury Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Bury: ["BL8", "BL9"],
    Prestwich: ["M25"],
  }),
  la("rochdale", "Rochdale Borough Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Rochdale: ["OL11", "OL12", "OL16"],
    Middleton: ["M24"],
    Heywood: ["OL10"],
  }),
  la("salford", "Salford City Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Salford: ["M5", "M6", "M7"],
    Eccles: ["M30"],
  }),
  la("stockport", "Stockport Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Stockport: ["SK1", "SK2", "SK3", "SK4", "SK5"],
  }),
  la("tameside", "Tameside Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    "Ashton-under-Lyne": ["OL6", "OL7"],
    Hyde: ["SK14"],
    Denton: ["M34"],
  }),
  la("trafford", "Trafford Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Stretford: ["M32"],
    Sale: ["M33"],
    Altrincham: ["WA14", "WA15"],
  }),
  la("wigan", "Wigan Council", NORTH_WEST, "greater-manchester-police", PHASE_NORTH_WEST, 3, {
    Wigan: ["WN1", "WN2", "WN3", "WN5", "WN6"],
    Leigh: ["WN7"],
  }),
  la("lancashire", "Lancashire County Council", NORTH_WEST, "lancashire-constabulary", PHASE_NORTH_WEST, 4, {
    Preston: ["PR1", "PR2"],
    Burnley: ["BB10", "BB11", "BB12"],
    Accrington: ["BB5"],
    Lancaster: ["LA1"],
  }),
  la("blackpool", "Blackpool Council", NORTH_WEST, "lancashire-constabulary", PHASE_NORTH_WEST, 3, {
    Blackpool: ["FY1", "FY2", "FY3", "FY4"],
  }),
  la("cumbria", "Cumbria County Council", NORTH_WEST, "cumbria-constabulary", PHASE_NORTH_WEST, 3, {
    Carlisle: ["CA1", "CA2"],
    "Barrow-in-Furness": ["LA14"],
    Kendal: ["LA9"],
    Workington: ["CA14"],
  }),
  la("liverpool", "Liverpool City Council", NORTH_WEST, "merseyside-police", PHASE_NORTH_WEST, 4, {
    Liverpool: ["L1", "L4", "L6", "L7", "L8", "L15"],
  }),
  la("wirral", "Wirral Council", NORTH_WEST, "merseyside-police", PHASE_NORTH_WEST, 3, {
    Birkenhead: ["CH41", "CH42"],
    Wallasey: ["CH44", "CH45"],
  }),
  la("sefton", "Sefton Council", NORTH_WEST, "merseyside-police", PHASE_NORTH_WEST, 3, {
    Bootle: ["L20"],
    Crosby: ["L23"],
    Southport: ["PR8", "PR9"],
  }),
  la("knowsley", "Knowsley Council", NORTH_WEST, "merseyside-police", PHASE_NORTH_WEST, 3, {
    Huyton: ["L36"],
    Kirkby: ["L32"],
    Prescot: ["L34"],
  }),
  la("st-helens", "St Helens Borough Council", NORTH_WEST, "merseyside-police", PHASE_NORTH_WEST, 3, {
    "St Helens": ["WA9", "WA10", "WA11"],
  }),
  la("cheshire-east", "Cheshire East Council", NORTH_WEST, "cheshire-constabulary", PHASE_NORTH_WEST, 3, {
    Crewe: ["CW1", "CW2"],
    Macclesfield: ["SK10", "SK11"],
  }),
  la("cheshire-west-and-chester", "Cheshire West and Chester Council", NORTH_WEST, "cheshire-constabulary", PHASE_NORTH_WEST, 3, {
    Chester: ["CH1", "CH2", "CH3"],
    "Ellesmere Port": ["CH65"],
    Northwich: ["CW9"],
  }),
  la("warrington", "Warrington Borough Council", NORTH_WEST, "cheshire-constabulary", PHASE_NORTH_WEST, 3, {
    Warrington: ["WA1", "WA2", "WA4", "WA5"],
  }),
  la("halton", "Halton Borough Council", NORTH_WEST, "cheshire-constabulary", PHASE_NORTH_WEST, 3, {
    Widnes: ["WA8"],
    Runcorn: ["WA7"],
  }),

  // Phase three: South West and Wales.
  la("bristol", "Bristol City Council", SOUTH_WEST, "avon-and-somerset-police", PHASE_SOUTH_WEST_WALES, 3, {
    Bristol: ["BS1", "BS2", "BS3", "BS5", "BS13"],
  }),
  la("plymouth", "Plymouth City Council", SOUTH_WEST, "devon-and-cornwall-police", PHASE_SOUTH_WEST_WALES, 3, {
    Plymouth: ["PL1", "PL2", "PL4", "PL5", "PL6"],
  }),
  la("cornwall", "Cornwall Council", SOUTH_WEST, "devon-and-cornwall-police", PHASE_SOUTH_WEST_WALES, 2, {
    Truro: ["TR1"],
    Camborne: ["TR14"],
    Newquay: ["TR7"],
    "St Austell": ["PL25"],
  }),
  la("devon", "Devon County Council", SOUTH_WEST, "devon-and-cornwall-police", PHASE_SOUTH_WEST_WALES, 2, {
    Exeter: ["EX1", "EX2", "EX4"],
    Barnstaple: ["EX31"],
    "Newton Abbot": ["TQ12"],
  }),
  la("cardiff", "Cardiff Council", WALES, "south-wales-police", PHASE_SOUTH_WEST_WALES, 3, {
    Cardiff: ["CF10", "CF11", "CF14", "CF24"],
  }),
  la("newport", "Newport City Council", WALES, "gwent-police", PHASE_SOUTH_WEST_WALES, 2, {
    Newport: ["NP19", "NP20"],
  }),
  la("wrexham", "Wrexham County Borough Council", WALES, "north-wales-police", PHASE_SOUTH_WEST_WALES, 2, {
    Wrexham: ["LL11", "LL12", "LL13"],
  }),

  // Phase four: the remaining regions.
  la("birmingham", "Birmingham City Council", WEST_MIDLANDS, "west-midlands-police", PHASE_REMAINING, 3, {
    Birmingham: ["B6", "B8", "B10", "B11", "B12", "B21"],
  }),
  la("leeds", "Leeds City Council", YORKSHIRE_AND_THE_HUMBER, "west-yorkshire-police", PHASE_REMAINING, 2, {
    Leeds: ["LS6", "LS7", "LS8", "LS9", "LS11", "LS12"],
  }),
  la("bradford", "City of Bradford Metropolitan District Council", YORKSHIRE_AND_THE_HUMBER, "west-yorkshire-police", PHASE_REMAINING, 2, {
    Bradford: ["BD3", "BD5", "BD7", "BD8", "BD9"],
    Keighley: ["BD21"],
  }),
  la("sheffield", "Sheffield City Council", YORKSHIRE_AND_THE_HUMBER, "south-yorkshire-police", PHASE_REMAINING, 2, {
    Sheffield: ["S2", "S3", "S4", "S9"],
  }),
  la("newcastle-upon-tyne", "Newcastle City Council", NORTH_EAST, "northumbria-police", PHASE_REMAINING, 2, {
    "Newcastle upon Tyne": ["NE1", "NE4", "NE6", "NE15"],
  }),
  la("leicester", "Leicester City Council", EAST_MIDLANDS, "leicestershire-police", PHASE_REMAINING, 2, {
    Leicester: ["LE1", "LE2", "LE3", "LE4", "LE5"],
  }),
  la("nottingham", "Nottingham City Council", EAST_MIDLANDS, "nottinghamshire-police", PHASE_REMAINING, 2, {
    Nottingham: ["NG1", "NG3", "NG5", "NG7"],
  }),
  la("norfolk", "Norfolk County Council", EAST_OF_ENGLAND, "norfolk-constabulary", PHASE_REMAINING, 2, {
    Norwich: ["NR1", "NR2", "NR3"],
    "Great Yarmouth": ["NR30"],
    "King's Lynn": ["PE30"],
  }),
  la("hertfordshire", "Hertfordshire County Council", EAST_OF_ENGLAND, "hertfordshire-constabulary", PHASE_REMAINING, 2, {
    Watford: ["WD17", "WD18", "WD24"],
    Stevenage: ["SG1", "SG2"],
    "Hemel Hempstead": ["HP1", "HP2"],
  }),
  la("tower-hamlets", "London Borough of Tower Hamlets", LONDON, "metropolitan-police", PHASE_REMAINING, 2, {
    Whitechapel: ["E1"],
    "Bow": ["E3"],
    Poplar: ["E14"],
  }),
  la("slough", "Slough Borough Council", SOUTH_EAST, "thames-valley-police", PHASE_REMAINING, 2, {
    Slough: ["SL1", "SL2"],
  }),
];

export const LOCAL_AUTHORITY_BY_ID: ReadonlyMap<string, LocalAuthorityInfo> = new Map(
  LOCAL_AUTHORITIES.map((authority) => [authority.id, authority]),
);

export function localAuthority(id: string): LocalAuthorityInfo {
  const found = LOCAL_AUTHORITY_BY_ID.get(id);
  if (!found) throw new RangeError(`unknown local authority ${id}`);
  return found;
}

export function phaseStartOf(phaseId: string): string {
  return PHASE_STARTS[phaseId];
}

// ---------------------------------------------------------------------------------------------
// Partner agencies other than local authorities.

const POLICE_FORCES: readonly SeedAgency[] = [
  ["greater-manchester-police", "Greater Manchester Police", NORTH_WEST],
  ["lancashire-constabulary", "Lancashire Constabulary", NORTH_WEST],
  ["cumbria-constabulary", "Cumbria Constabulary", NORTH_WEST],
  ["merseyside-police", "Merseyside Police", NORTH_WEST],
  ["cheshire-constabulary", "Cheshire Constabulary", NORTH_WEST],
  ["west-yorkshire-police", "West Yorkshire Police", YORKSHIRE_AND_THE_HUMBER],
  ["south-yorkshire-police", "South Yorkshire Police", YORKSHIRE_AND_THE_HUMBER],
  ["northumbria-police", "Northumbria Police", NORTH_EAST],
  ["metropolitan-police", "Metropolitan Police Service", LONDON],
  ["kent-police", "Kent Police", SOUTH_EAST],
  ["sussex-police", "Sussex Police", SOUTH_EAST],
  ["thames-valley-police", "Thames Valley Police", SOUTH_EAST],
  ["bedfordshire-police", "Bedfordshire Police", EAST_OF_ENGLAND],
  ["hertfordshire-constabulary", "Hertfordshire Constabulary", EAST_OF_ENGLAND],
  ["norfolk-constabulary", "Norfolk Constabulary", EAST_OF_ENGLAND],
  ["west-midlands-police", "West Midlands Police", WEST_MIDLANDS],
  ["leicestershire-police", "Leicestershire Police", EAST_MIDLANDS],
  ["nottinghamshire-police", "Nottinghamshire Police", EAST_MIDLANDS],
  ["avon-and-somerset-police", "Avon and Somerset Police", SOUTH_WEST],
  ["devon-and-cornwall-police", "Devon and Cornwall Police", SOUTH_WEST],
  ["south-wales-police", "South Wales Police", WALES],
  ["gwent-police", "Gwent Police", WALES],
  ["north-wales-police", "North Wales Police", WALES],
].map(([id, name, region]) => ({ id, name, kind: AgencyKind.POLICE, region: region as Region }));

const CT_UNITS: readonly SeedAgency[] = [
  ["ctp-north-west", "Counter Terrorism Policing North West", NORTH_WEST],
  ["ctp-north-east", "Counter Terrorism Policing North East (Yorkshire and the North East)", YORKSHIRE_AND_THE_HUMBER],
  ["ctp-london", "Metropolitan Police Counter Terrorism Command (SO15)", LONDON],
  ["ctp-south-east", "Counter Terrorism Policing South East", SOUTH_EAST],
  ["ctp-south-west", "Counter Terrorism Policing South West", SOUTH_WEST],
  ["ctp-wales", "Wales Extremism and Counter Terrorism Unit", WALES],
  ["ctp-west-midlands", "Counter Terrorism Policing West Midlands", WEST_MIDLANDS],
  ["ctp-east-midlands", "Counter Terrorism Policing East Midlands", EAST_MIDLANDS],
  ["ctp-eastern", "Counter Terrorism Policing Eastern Region", EAST_OF_ENGLAND],
].map(([id, name, region]) => ({ id, name, kind: AgencyKind.CT_POLICING, region: region as Region }));

const PROBATION_SERVICES: readonly SeedAgency[] = [
  ["probation-north-west", "Probation Service North West", NORTH_WEST],
  ["probation-yorkshire", "Probation Service Yorkshire and the Humber", YORKSHIRE_AND_THE_HUMBER],
  ["probation-north-east", "Probation Service North East", NORTH_EAST],
  ["probation-london", "Probation Service London", LONDON],
  ["probation-south-east", "Probation Service Kent, Surrey and Sussex", SOUTH_EAST],
  ["probation-south-west", "Probation Service South West", SOUTH_WEST],
  ["probation-wales", "Probation Service Wales", WALES],
  ["probation-west-midlands", "Probation Service West Midlands", WEST_MIDLANDS],
  ["probation-east-midlands", "Probation Service East Midlands", EAST_MIDLANDS],
  ["probation-east-of-england", "Probation Service East of England", EAST_OF_ENGLAND],
].map(([id, name, region]) => ({ id, name, kind: AgencyKind.PROBATION, region: region as Region }));

// Invented trusts: plausible, not real.
const HEALTH_TRUSTS: readonly SeedAgency[] = [
  ["nhs-kirklees-mental-health", "Kirklees Moorside Mental Health NHS Trust", YORKSHIRE_AND_THE_HUMBER],
  ["nhs-west-riding-mental-health", "West Riding Dales Mental Health NHS Trust", YORKSHIRE_AND_THE_HUMBER],
  ["nhs-pennine-vale-mental-health", "Pennine Vale Mental Health NHS Trust", NORTH_WEST],
  ["nhs-mersey-estuary-mental-health", "Mersey Estuary Mental Health NHS Trust", NORTH_WEST],
  ["nhs-tyne-hadrian-mental-health", "Tyne and Hadrian Mental Health NHS Trust", NORTH_EAST],
  ["nhs-trent-meadows-mental-health", "Trent Meadows Mental Health NHS Trust", EAST_MIDLANDS],
  ["nhs-arden-heath-mental-health", "Arden Heath Mental Health NHS Trust", WEST_MIDLANDS],
  ["nhs-fen-and-broads-mental-health", "Fen and Broads Mental Health NHS Trust", EAST_OF_ENGLAND],
  ["nhs-thames-gateway-mental-health", "Thames Gateway Mental Health NHS Trust", LONDON],
  ["nhs-weald-downs-mental-health", "Weald and Downs Mental Health NHS Trust", SOUTH_EAST],
  ["nhs-tamar-severn-mental-health", "Tamar and Severn Mental Health NHS Trust", SOUTH_WEST],
  ["nhs-bae-glas-health-board", "Bae Glas Health Board (Mental Health Services)", WALES],
].map(([id, name, region]) => ({ id, name, kind: AgencyKind.HEALTH, region: region as Region }));

// Invented schools and colleges.
const EDUCATION_PROVIDERS: readonly SeedAgency[] = [
  ["kirklees-valley-academy", "Kirklees Valley Academy", YORKSHIRE_AND_THE_HUMBER],
  ["aire-crossing-sixth-form-college", "Aire Crossing Sixth Form College", YORKSHIRE_AND_THE_HUMBER],
  ["irwell-bridge-college", "Irwell Bridge College", NORTH_WEST],
  ["moorgate-park-academy", "Moorgate Park Academy", NORTH_WEST],
  ["wansbeck-heights-academy", "Wansbeck Heights Academy", NORTH_EAST],
  ["soar-meadows-college", "Soar Meadows College", EAST_MIDLANDS],
  ["rea-valley-academy", "Rea Valley Academy", WEST_MIDLANDS],
  ["lea-crossing-high-school", "Lea Crossing High School", EAST_OF_ENGLAND],
  ["northbank-city-academy", "Northbank City Academy", LONDON],
  ["medway-downs-school", "Medway Downs School", SOUTH_EAST],
  ["avon-grange-academy", "Avon Grange Academy", SOUTH_WEST],
  ["coleg-afon-ddu", "Coleg Afon Ddu", WALES],
].map(([id, name, region]) => ({ id, name, kind: AgencyKind.EDUCATION, region: region as Region }));

const OTHER_AGENCIES: readonly SeedAgency[] = [
  { id: "home-office-prevent", name: "Home Office – Prevent (Homeland Security Group)", kind: AgencyKind.HOME_OFFICE, region: LONDON },
  { id: "immigration-enforcement", name: "Home Office Immigration Enforcement", kind: AgencyKind.IMMIGRATION_ENFORCEMENT, region: LONDON },
  { id: "dovetail-governance-board-secretariat", name: "Dovetail Governance Board Secretariat", kind: AgencyKind.OTHER, region: LONDON },
  { id: "kirklees-childrens-services", name: "Kirklees Children's Services", kind: AgencyKind.OTHER, region: YORKSHIRE_AND_THE_HUMBER },
  { id: "oldham-childrens-services", name: "Oldham Children's Services and Early Help", kind: AgencyKind.OTHER, region: NORTH_WEST },
];

export const AGENCIES: readonly SeedAgency[] = [
  ...LOCAL_AUTHORITIES.map((authority) => ({
    id: authority.id,
    name: authority.name,
    kind: AgencyKind.LOCAL_AUTHORITY,
    region: authority.region,
  })),
  ...POLICE_FORCES,
  ...CT_UNITS,
  ...OTHER_AGENCIES,
  ...HEALTH_TRUSTS,
  ...PROBATION_SERVICES,
  ...EDUCATION_PROVIDERS,
];

export const AGENCY_BY_ID: ReadonlyMap<string, SeedAgency> = new Map(AGENCIES.map((agency) => [agency.id, agency]));

export function agencyName(id: string): string {
  const found = AGENCY_BY_ID.get(id);
  if (!found) throw new RangeError(`unknown agency ${id}`);
  return found.name;
}

/** The CT policing unit that screens referrals from each region. */
export const CT_UNIT_BY_REGION: Readonly<Record<Region, string>> = {
  NORTH_WEST: "ctp-north-west",
  NORTH_EAST: "ctp-north-east",
  YORKSHIRE_AND_THE_HUMBER: "ctp-north-east",
  LONDON: "ctp-london",
  SOUTH_EAST: "ctp-south-east",
  SOUTH_WEST: "ctp-south-west",
  WALES: "ctp-wales",
  WEST_MIDLANDS: "ctp-west-midlands",
  EAST_MIDLANDS: "ctp-east-midlands",
  EAST_OF_ENGLAND: "ctp-eastern",
};

export const PROBATION_BY_REGION: Readonly<Record<Region, string>> = {
  NORTH_WEST: "probation-north-west",
  NORTH_EAST: "probation-north-east",
  YORKSHIRE_AND_THE_HUMBER: "probation-yorkshire",
  LONDON: "probation-london",
  SOUTH_EAST: "probation-south-east",
  SOUTH_WEST: "probation-south-west",
  WALES: "probation-wales",
  WEST_MIDLANDS: "probation-west-midlands",
  EAST_MIDLANDS: "probation-east-midlands",
  EAST_OF_ENGLAND: "probation-east-of-england",
};

const HEALTH_BY_REGION: Readonly<Record<Region, readonly string[]>> = {
  NORTH_WEST: ["nhs-pennine-vale-mental-health", "nhs-mersey-estuary-mental-health"],
  NORTH_EAST: ["nhs-tyne-hadrian-mental-health"],
  YORKSHIRE_AND_THE_HUMBER: ["nhs-west-riding-mental-health"],
  LONDON: ["nhs-thames-gateway-mental-health"],
  SOUTH_EAST: ["nhs-weald-downs-mental-health"],
  SOUTH_WEST: ["nhs-tamar-severn-mental-health"],
  WALES: ["nhs-bae-glas-health-board"],
  WEST_MIDLANDS: ["nhs-arden-heath-mental-health"],
  EAST_MIDLANDS: ["nhs-trent-meadows-mental-health"],
  EAST_OF_ENGLAND: ["nhs-fen-and-broads-mental-health"],
};

const EDUCATION_BY_REGION: Readonly<Record<Region, readonly string[]>> = {
  NORTH_WEST: ["irwell-bridge-college", "moorgate-park-academy"],
  NORTH_EAST: ["wansbeck-heights-academy"],
  YORKSHIRE_AND_THE_HUMBER: ["aire-crossing-sixth-form-college"],
  LONDON: ["northbank-city-academy"],
  SOUTH_EAST: ["medway-downs-school"],
  SOUTH_WEST: ["avon-grange-academy"],
  WALES: ["coleg-afon-ddu"],
  WEST_MIDLANDS: ["rea-valley-academy"],
  EAST_MIDLANDS: ["soar-meadows-college"],
  EAST_OF_ENGLAND: ["lea-crossing-high-school"],
};

const HEALTH_BY_AUTHORITY: Readonly<Record<string, readonly string[]>> = {
  kirklees: ["nhs-kirklees-mental-health"],
  liverpool: ["nhs-mersey-estuary-mental-health"],
  wirral: ["nhs-mersey-estuary-mental-health"],
  sefton: ["nhs-mersey-estuary-mental-health"],
  knowsley: ["nhs-mersey-estuary-mental-health"],
  "st-helens": ["nhs-mersey-estuary-mental-health"],
  halton: ["nhs-mersey-estuary-mental-health"],
};

const EDUCATION_BY_AUTHORITY: Readonly<Record<string, readonly string[]>> = {
  kirklees: ["kirklees-valley-academy"],
  oldham: ["moorgate-park-academy"],
};

/** The mental-health providers that may sit on a panel led by the authority. */
export function healthAgenciesFor(authority: LocalAuthorityInfo): readonly string[] {
  return HEALTH_BY_AUTHORITY[authority.id] ?? HEALTH_BY_REGION[authority.region];
}

/** The schools and colleges that refer from, and sit on panels in, the authority's area. */
export function educationAgenciesFor(authority: LocalAuthorityInfo): readonly string[] {
  return EDUCATION_BY_AUTHORITY[authority.id] ?? EDUCATION_BY_REGION[authority.region];
}

export const CHILDRENS_SERVICES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  kirklees: "kirklees-childrens-services",
  oldham: "oldham-childrens-services",
};

/** Invented intervention providers, by kind of support. */
export const INTERVENTION_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  IDEOLOGICAL_MENTORING: ["Home Office approved intervention provider", "Brightline Mentoring CIC", "Common Ground Dialogue Trust"],
  EDUCATION_TRAINING: ["Further education college placement", "Next Steps Learning Partnership"],
  EMPLOYMENT: ["Jobcentre work coach", "Pathway to Work Community Interest Company"],
  HOUSING: ["Local authority housing options team", "Harbour Lodge Supported Housing"],
  FAMILY_SUPPORT: ["Early help family support team", "Kinship Bridges Family Service"],
  DIVERSIONARY_ACTIVITIES: ["Community boxing club", "Youth service outdoor programme", "Local football trust"],
  LIFE_SKILLS: ["Life skills mentor", "Independent living skills course"],
  MENTAL_HEALTH: ["Community mental health team", "Improving Access to Psychological Therapies service"],
};

// ---------------------------------------------------------------------------------------------
// Practitioners: the personas of the demo. `id` is the persona slug.

export interface Persona extends SeedPractitioner {
  /** One line for `npm run token -- --list`. */
  description: string;
}

function persona(
  id: string,
  givenName: string,
  familyName: string,
  agencyId: string,
  roles: PractitionerRole[],
  description: string,
): Persona {
  return { id, name: `${givenName} ${familyName}`, email: workEmail(givenName, familyName, agencyId), agencyId, roles, description };
}

const R = PractitionerRole;

export const PERSONAS: readonly Persona[] = [
  persona("kirklees-channel-chair", "Priya", "Brenmoor", "kirklees", [R.CHANNEL_CHAIR, R.PREVENT_COORDINATOR],
    "Kirklees Channel Chair and Prevent coordinator: leads Kirklees cases, raises immigration queries"),
  persona("kirklees-case-officer", "Daniel", "Ashwick", "kirklees", [R.CASE_OFFICER],
    "Kirklees case officer: works the cases Kirklees leads"),
  persona("oldham-channel-chair", "Fatima", "Cavrholme", "oldham", [R.CHANNEL_CHAIR],
    "Oldham Channel Chair: leads Oldham cases, raises immigration queries"),
  persona("blackburn-with-darwen-channel-chair", "Mohammed", "Kelvgate", "blackburn-with-darwen", [R.CHANNEL_CHAIR],
    "Blackburn with Darwen Channel Chair (pilot site)"),
  persona("brighton-and-hove-channel-chair", "Lucy", "Wendhurst", "brighton-and-hove", [R.CHANNEL_CHAIR],
    "Brighton & Hove Channel Chair (pilot site)"),
  persona("croydon-channel-chair", "Marcus", "Gwythmere", "croydon", [R.CHANNEL_CHAIR],
    "Croydon Channel Chair (pilot site)"),
  persona("haringey-channel-chair", "Zara", "Ulvford", "haringey", [R.CHANNEL_CHAIR],
    "Haringey Channel Chair (pilot site)"),
  persona("kent-channel-chair", "Thomas", "Raskmoor", "kent", [R.CHANNEL_CHAIR],
    "Kent Channel Chair (pilot site)"),
  persona("luton-channel-chair", "Amira", "Sorvley", "luton", [R.CHANNEL_CHAIR],
    "Luton Channel Chair (pilot site)"),
  persona("swansea-channel-chair", "Rhys", "Dornwold", "swansea", [R.CHANNEL_CHAIR],
    "Swansea Channel Chair (pilot site)"),
  persona("ctp-north-west-officer", "Gareth", "Vaskmere", "ctp-north-west", [R.CT_OFFICER],
    "CT Policing North West officer: screens North West referrals, owns their CT risk assessments"),
  persona("immigration-spoc-north", "Nadia", "Quellthorpe", "immigration-enforcement", [R.IMMIGRATION_SPOC],
    "Immigration enforcement SPOC for the North West, North East and Yorkshire: answers queries raised to them"),
  persona("nhs-liaison-kirklees", "Rebecca", "Morvdale", "nhs-kirklees-mental-health", [R.HEALTH_LIAISON],
    "NHS mental-health liaison for Kirklees: health information on panels the trust sits on"),
  persona("probation-north-west", "Owen", "Thrymwick", "probation-north-west", [R.OFFENDER_MANAGER],
    "Probation offender manager, North West: DDP cases and their conditions"),
  persona("school-safeguarding-lead", "Sarah", "Elvcombe", "kirklees-valley-academy", [R.SAFEGUARDING_LEAD],
    "Designated safeguarding lead at Kirklees Valley Academy: referrer and panel member"),
  persona("home-office-oversight", "James", "Treskley", "home-office-prevent", [R.OVERSIGHT],
    "Home Office Prevent oversight: aggregates and quality assurance, no identities by default"),
  persona("board-member", "Aisha", "Fesklowe", "dovetail-governance-board-secretariat", [R.BOARD_MEMBER],
    "Dovetail Governance Board member: rollout, assurance and statistics, never an identity"),
  persona("dpo-auditor", "Helen", "Yorvstead", "home-office-prevent", [R.DATA_PROTECTION_OFFICER],
    "Data protection officer: reads the access audit log"),
];

export const PRACTITIONERS: readonly SeedPractitioner[] = PERSONAS.map(({ description: _description, ...practitioner }) => practitioner);

// ---------------------------------------------------------------------------------------------
// Immigration enforcement SPOC directory: one named contact per region.

const NORTHERN_SPOC_PRACTITIONER = "immigration-spoc-north";

function regionSlug(region: Region): string {
  return region.toLowerCase().replace(/_/g, "-");
}

const SPOC_NAMES: Readonly<Record<Region, readonly [string, string]>> = {
  NORTH_WEST: ["Nadia", "Quellthorpe"],
  NORTH_EAST: ["Nadia", "Quellthorpe"],
  YORKSHIRE_AND_THE_HUMBER: ["Nadia", "Quellthorpe"],
  EAST_MIDLANDS: ["Arjun", "Preskfield"],
  WEST_MIDLANDS: ["Hannah", "Jaskbury"],
  EAST_OF_ENGLAND: ["Craig", "Ilvshaw"],
  LONDON: ["Khadija", "Nesklowe"],
  SOUTH_EAST: ["Paul", "Zellwood"],
  SOUTH_WEST: ["Megan", "Drevstead"],
  WALES: ["Cerys", "Hurvthorpe"],
};

export function spocContactIdFor(region: Region): string {
  return `spoc-${regionSlug(region)}`;
}

export const IMMIGRATION_CONTACTS: readonly SeedImmigrationContact[] = Object.values(Region).map((region, index) => {
  const [givenName, familyName] = SPOC_NAMES[region];
  const northern = region === NORTH_WEST || region === NORTH_EAST || region === YORKSHIRE_AND_THE_HUMBER;
  return {
    id: spocContactIdFor(region),
    name: `${givenName} ${familyName}`,
    region,
    email: `spoc.${regionSlug(region)}@immigration-enforcement.example`,
    phone: region === LONDON ? dramaPhone("london", 100 + index) : dramaPhone("geographic", 100 + index),
    agencyId: "immigration-enforcement",
    practitionerId: northern ? NORTHERN_SPOC_PRACTITIONER : null,
  };
});

// ---------------------------------------------------------------------------------------------
// Rollout phases with their member authorities.

function phaseMembers(phaseId: string): { agencyId: string; joinedOn: string }[] {
  return LOCAL_AUTHORITIES.filter((authority) => authority.phaseId === phaseId).map((authority) => ({
    agencyId: authority.id,
    joinedOn: PHASE_STARTS[phaseId],
  }));
}

export const ROLLOUT_PHASES: readonly SeedRolloutPhase[] = [
  {
    id: PHASE_PILOT,
    name: "Phase one: pilot sites",
    ordinal: 1,
    description:
      "Nine pilot local authorities take over Channel case management from the police: Blackburn with Darwen, Brighton & Hove, Croydon, Haringey, Kent, Kirklees, Luton, Oldham and Swansea.",
    startsOn: PHASE_STARTS[PHASE_PILOT],
    endsOn: "2019-03-31",
    members: phaseMembers(PHASE_PILOT),
  },
  {
    id: PHASE_NORTH_WEST,
    name: "Phase two: North West regional model",
    ordinal: 2,
    description:
      "A regional model across the North West, where several police forces and authorities must work together.",
    startsOn: PHASE_STARTS[PHASE_NORTH_WEST],
    endsOn: "2020-03-31",
    members: phaseMembers(PHASE_NORTH_WEST),
  },
  {
    id: PHASE_SOUTH_WEST_WALES,
    name: "Phase three: South West and Wales",
    ordinal: 3,
    description: "Roll-out to the South West of England and to Wales during 2019/20.",
    startsOn: PHASE_STARTS[PHASE_SOUTH_WEST_WALES],
    endsOn: "2021-03-31",
    members: phaseMembers(PHASE_SOUTH_WEST_WALES),
  },
  {
    id: PHASE_REMAINING,
    name: "Phase four: remaining regions",
    ordinal: 4,
    description: "Roll-out to the remaining regions of England from 2020/21.",
    startsOn: PHASE_STARTS[PHASE_REMAINING],
    endsOn: null,
    members: phaseMembers(PHASE_REMAINING),
  },
];

// ---------------------------------------------------------------------------------------------
// The Dovetail Governance Board.

const BOARD_ID = "dovetail-governance-board";

function meeting(
  heldOn: string,
  title: string,
  attendeeAgencyIds: string[],
  decisions: [summary: string, ownerAgencyId: string, dueOn: string, status: DecisionStatus][],
): SeedBoard["meetings"][number] {
  const id = `${BOARD_ID}-${heldOn}`;
  return {
    id,
    heldOn,
    title,
    attendeeAgencyIds,
    decisions: decisions.map(([summary, ownerAgencyId, dueOn, status], index) => ({
      id: `${id}-d${index + 1}`,
      summary,
      ownerAgencyId,
      dueOn,
      status,
    })),
  };
}

const { COMPLETED, OPEN, CANCELLED } = DecisionStatus;
const CORE = ["home-office-prevent", "dovetail-governance-board-secretariat"];

export const BOARDS: readonly SeedBoard[] = [
  {
    id: BOARD_ID,
    name: "Dovetail Governance Board",
    description:
      "Oversees the transfer of Channel case management to local authorities, for transparency and assurance across the rollout.",
    members: [
      { agencyId: "home-office-prevent", role: BoardMemberRole.CHAIR },
      { agencyId: "dovetail-governance-board-secretariat", role: BoardMemberRole.SECRETARIAT },
      { agencyId: "kirklees", role: BoardMemberRole.MEMBER },
      { agencyId: "oldham", role: BoardMemberRole.MEMBER },
      { agencyId: "blackburn-with-darwen", role: BoardMemberRole.MEMBER },
      { agencyId: "croydon", role: BoardMemberRole.MEMBER },
      { agencyId: "swansea", role: BoardMemberRole.MEMBER },
      { agencyId: "manchester", role: BoardMemberRole.MEMBER },
      { agencyId: "ctp-north-west", role: BoardMemberRole.MEMBER },
      { agencyId: "ctp-london", role: BoardMemberRole.MEMBER },
      { agencyId: "ctp-north-east", role: BoardMemberRole.MEMBER },
      { agencyId: "immigration-enforcement", role: BoardMemberRole.OBSERVER },
    ],
    meetings: [
      meeting("2018-03-14", "Inaugural meeting: pilot mobilisation", [...CORE, "kirklees", "oldham", "croydon", "ctp-london", "ctp-north-east"], [
        ["Adopt the board's terms of reference and reporting cycle", "dovetail-governance-board-secretariat", "2018-04-30", COMPLETED],
        ["Deliver Vulnerability Assessment Framework (VAF) training to every pilot Channel Chair", "home-office-prevent", "2018-06-30", COMPLETED],
      ]),
      meeting("2018-06-20", "Pilot progress: case system access", [...CORE, "kirklees", "oldham", "blackburn-with-darwen", "swansea", "ctp-london", "ctp-north-west"], [
        ["Agree local-authority case officers' access to the police case management system (CMIS)", "ctp-london", "2018-09-30", COMPLETED],
        ["Circulate a model information-sharing agreement for pilot sites", "home-office-prevent", "2018-08-31", COMPLETED],
      ]),
      meeting("2018-09-19", "North West regional model readiness", [...CORE, "oldham", "blackburn-with-darwen", "manchester", "ctp-north-west"], [
        ["Set out how the regional model works where several police forces and authorities share a panel", "ctp-north-west", "2018-12-31", COMPLETED],
        ["Confirm North West go-live for 1 October 2018", "dovetail-governance-board-secretariat", "2018-09-28", COMPLETED],
      ]),
      meeting("2019-01-16", "Pilot lessons learned", [...CORE, "kirklees", "oldham", "croydon", "swansea", "ctp-london", "ctp-north-west", "ctp-north-east"], [
        ["Review the commissioning of support and intervention providers for local authorities", "home-office-prevent", "2019-04-30", COMPLETED],
        ["Agree a protocol for managing CT risk on local-authority-led cases", "ctp-north-east", "2019-03-31", COMPLETED],
        ["Report on the balance of responsibility between police and local authorities", "kirklees", "2019-05-31", COMPLETED],
      ]),
      meeting("2019-05-15", "South West and Wales launch", [...CORE, "swansea", "manchester", "ctp-north-west", "ctp-london", "immigration-enforcement"], [
        ["Introduce named immigration SPOCs for every Channel Chair", "immigration-enforcement", "2019-07-31", COMPLETED],
        ["Run VAF refresher training for North West panel members", "manchester", "2019-09-30", COMPLETED],
      ]),
      meeting("2019-11-13", "Assurance: quality assurance and self-assessment", [...CORE, "kirklees", "oldham", "croydon", "blackburn-with-darwen", "ctp-north-east"], [
        ["Sample cases for Channel quality assurance in each phase", "home-office-prevent", "2020-03-31", COMPLETED],
        ["Refresh the local-authority self-assessment tool", "oldham", "2020-02-28", CANCELLED],
      ]),
      meeting("2020-06-17", "Remaining regions rollout (held remotely)", [...CORE, "kirklees", "manchester", "swansea", "ctp-north-west", "ctp-london", "ctp-north-east"], [
        ["Secure funding and resources for remaining-region authorities in 2020/21", "home-office-prevent", "2020-12-31", OPEN],
        ["Publish regional model guidance for multi-force areas", "ctp-north-west", "2020-10-31", COMPLETED],
      ]),
      meeting("2020-12-09", "Year-end review of the rollout", [...CORE, "kirklees", "oldham", "croydon", "manchester", "ctp-london", "ctp-north-west"], [
        ["Commission an independent evaluation of Dovetail", "home-office-prevent", "2021-06-30", OPEN],
        ["Extend the Prevent champions network to new authorities", "dovetail-governance-board-secretariat", "2021-03-31", OPEN],
      ]),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Assurance: Channel quality-assurance reviews and self-assessment returns.

export const QUALITY_ASSURANCE_REVIEWS: readonly SeedQualityAssuranceReview[] = [
  ["kirklees", PHASE_PILOT, "2019-02-12", 15, AssuranceRating.GOOD, "Sound VAF use and well-evidenced support plans; reviews held on time."],
  ["oldham", PHASE_PILOT, "2019-02-26", 12, AssuranceRating.REQUIRES_IMPROVEMENT, "Panel records good; some six-month reviews late and CT risk updates not always recorded."],
  ["croydon", PHASE_PILOT, "2019-03-12", 14, AssuranceRating.GOOD, "Strong multi-agency attendance; consent recorded for all cases sampled."],
  ["swansea", PHASE_PILOT, "2019-03-20", 8, AssuranceRating.GOOD, "Small caseload handled well; closure rationale clear."],
  ["manchester", PHASE_NORTH_WEST, "2019-10-08", 18, AssuranceRating.REQUIRES_IMPROVEMENT, "Regional working improving; commissioning of support slow in a third of cases."],
  ["lancashire", PHASE_NORTH_WEST, "2019-10-22", 12, AssuranceRating.GOOD, "Clear division of responsibility between police and authority."],
  ["bristol", PHASE_SOUTH_WEST_WALES, "2020-02-18", 10, AssuranceRating.GOOD, "Good start; VAF training completed by all panel members."],
  ["cardiff", PHASE_SOUTH_WEST_WALES, "2020-03-03", 9, AssuranceRating.INADEQUATE, "Parental consent not recorded for several young people; action plan agreed."],
].map(([agencyId, phaseId, reviewedOn, sampleSize, rating, summary]) => ({
  id: `qa-${agencyId}-${String(reviewedOn).slice(0, 4)}`,
  phaseId: phaseId as string,
  agencyId: agencyId as string,
  reviewerAgencyId: "home-office-prevent",
  reviewedOn: reviewedOn as string,
  sampleSize: sampleSize as number,
  rating: rating as AssuranceRating,
  summary: summary as string,
}));

const STANDARDS_TOTAL = 12;
// Standards met per pilot authority for 2018-19 and 2019-20.
const SELF_ASSESSMENT_SCORES: Readonly<Record<string, readonly [number, number]>> = {
  "blackburn-with-darwen": [9, 11],
  "brighton-and-hove": [10, 11],
  croydon: [11, 12],
  haringey: [8, 10],
  kent: [9, 10],
  kirklees: [11, 12],
  luton: [7, 9],
  oldham: [9, 10],
  swansea: [10, 11],
};

function ratingFor(met: number): AssuranceRating {
  if (met >= 11) return AssuranceRating.GOOD;
  if (met >= 8) return AssuranceRating.REQUIRES_IMPROVEMENT;
  return AssuranceRating.INADEQUATE;
}

export const SELF_ASSESSMENTS: readonly SeedSelfAssessment[] = PILOT_AUTHORITY_IDS.flatMap((agencyId, index) =>
  (["2018-19", "2019-20"] as const).map((period, periodIndex) => {
    const met = SELF_ASSESSMENT_SCORES[agencyId][periodIndex];
    const rating = ratingFor(met);
    return {
      id: `sa-${agencyId}-${period}`,
      agencyId,
      period,
      submittedOn: `${periodIndex === 0 ? "2019" : "2020"}-05-${String(10 + index * 2).padStart(2, "0")}`,
      standardsMet: met,
      standardsTotal: STANDARDS_TOTAL,
      rating,
      summary:
        rating === AssuranceRating.GOOD
          ? `Meets ${met} of ${STANDARDS_TOTAL} standards; Prevent duty embedded across partners.`
          : `Meets ${met} of ${STANDARDS_TOTAL} standards; action plan on training and commissioning of support.`,
    };
  }),
);

// ---------------------------------------------------------------------------------------------
// Information-sharing agreements: one in force (Kirklees with its children's services), one
// that has run out (Oldham's early-help pilot). No persona works for these partners, so the
// agreements widen no persona's view; tests create their own.

export const SHARING_AGREEMENTS: readonly SeedSharingAgreement[] = [
  {
    id: "isa-kirklees-childrens-services",
    title: "Kirklees Channel and children's social care information sharing",
    legalBasis: "Children Act 2004 s.10; Counter-Terrorism and Security Act 2015 s.36-38",
    partyAgencyIds: ["kirklees", "kirklees-childrens-services"],
    categories: [SharedDataCategory.PERSONAL, SharedDataCategory.SPECIAL_CONCERN, SharedDataCategory.SPECIAL_SUPPORT],
    validFrom: "2018-04-01",
    validTo: null,
    createdAt: "2018-03-20T10:00:00.000Z",
    createdBy: "kirklees-channel-chair",
  },
  {
    id: "isa-oldham-early-help-pilot",
    title: "Oldham early help pilot information sharing",
    legalBasis: "Children Act 2004 s.10",
    partyAgencyIds: ["oldham", "oldham-childrens-services"],
    categories: [SharedDataCategory.PERSONAL],
    validFrom: "2018-10-01",
    validTo: "2019-09-30",
    createdAt: "2018-09-14T10:00:00.000Z",
    createdBy: "oldham-channel-chair",
  },
];

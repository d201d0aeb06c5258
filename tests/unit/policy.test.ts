import { GraphQLNonNull, GraphQLObjectType, GraphQLString, GraphQLSchema, isNonNullType, isObjectType } from "graphql";
import { SUBGRAPH_NAMES } from "../../common/config";
import { AgencyKind, PractitionerRole, Region } from "../../common/domain";
import { Access } from "../../common/policy/access";
import { FIELD_CLASSES } from "../../common/policy/classification";
import { CASEWORK_ROLES, SHARING_POLICY } from "../../common/policy/sharing-policy";
import { AGREEMENT_CATEGORIES, CATEGORIES, Relationship, classOf } from "../../common/policy/vocabulary";
import { AUDIT_TRAIL, auditTrailSdlSchema } from "../../gateway/audit-trail";
import { SUBGRAPHS } from "../../platform/registry";
import { PERSONAS } from "../../seed/generate";
import { buildPermissions, UnclassifiedFieldError } from "../../subgraphs/kit/permissions";
import { subgraphSdlSchema } from "../../subgraphs/kit/subgraph";
import { testPrincipal } from "../fixtures/access";

const FEDERATION = new Set(["Query._entities", "Query._service", "_Service.sdl"]);

/** Every `Type.field` served by some subgraph, with whether it is non-null there. */
function servedFields(): Map<string, { nonNull: boolean; subgraphs: string[] }> {
  const served = new Map<string, { nonNull: boolean; subgraphs: string[] }>();
  const schemas: [string, GraphQLSchema][] = [...SUBGRAPH_NAMES.map((name) => [name, subgraphSdlSchema(SUBGRAPHS[name])] as [string, GraphQLSchema]), [AUDIT_TRAIL, auditTrailSdlSchema()]];
  for (const [name, schema] of schemas) {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (FEDERATION.has(key)) continue;
        const entry = served.get(key) ?? { nonNull: false, subgraphs: [] };
        entry.nonNull ||= isNonNullType(field.type);
        entry.subgraphs.push(name);
        served.set(key, entry);
      }
    }
  }
  return served;
}

const classified = Object.entries(FIELD_CLASSES).flatMap(([type, fields]) => Object.keys(fields).map((f) => `${type}.${f}`));

describe("field classification", () => {
  const served = servedFields();

  it.each([...served.keys()])("%s has a data class", (key) => {
    expect(classified).toContain(key);
  });

  it("classifies nothing the graph does not serve", () => {
    expect(classified.filter((key) => !served.has(key))).toEqual([]);
  });

  it("makes every protected field nullable, so a denial cannot wipe out its parent", () => {
    const offenders = [...served]
      .filter(([key, { nonNull }]) => {
        const [type, field] = key.split(".") as [string, string];
        const cls = FIELD_CLASSES[type]![field]!;
        const cls0 = classOf(cls.category);
        // Ids are the row itself (visible with it); list fields share the gate of the list they belong to.
        return nonNull && cls0 !== "reference" && cls0 !== "aggregate" && field !== "id" && !cls.list && !cls.internal;
      })
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it("refuses to build permissions for a field without a class", () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { agencies: { type: GraphQLString }, secretThing: { type: new GraphQLNonNull(GraphQLString) } } }),
    });
    expect(() => buildPermissions(schema, { subgraph: "test", rowAccess: {}, serviceFields: [] })).toThrow(UnclassifiedFieldError);
    expect(() => buildPermissions(schema, { subgraph: "test", rowAccess: {}, serviceFields: [] })).toThrow(/Query.secretThing has no data class/);
  });

  it("refuses a protected field on a type the subgraph cannot relate the caller to", () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { agencies: { type: new GraphQLObjectType({ name: "Case", fields: { reference: { type: GraphQLString } } }) } } }),
    });
    expect(() => buildPermissions(schema, { subgraph: "test", rowAccess: {}, serviceFields: [] })).toThrow(/Case.reference is personal data but test has no row rule for Case/);
  });
});

describe("the sharing policy", () => {
  it("grants nothing beyond reference and aggregate data without a relationship", () => {
    const loose = SHARING_POLICY.filter((r) => r.relationship === Relationship.ANY)
      .flatMap((r) => r.may)
      .filter((c) => classOf(c) !== "reference" && classOf(c) !== "aggregate");
    expect(loose).toEqual([]);
  });

  it("never shares restricted data by agreement", () => {
    expect(AGREEMENT_CATEGORIES.map(classOf).filter((c) => c === "restricted")).toEqual([]);
    const agreement = SHARING_POLICY.find((r) => r.relationship === Relationship.AGREEMENT)!;
    expect(agreement.may.filter((c) => classOf(c) === "restricted")).toEqual([]);
  });

  it("gives the data protection officer a person only under a subject access request naming them", () => {
    const dpo = new Access(testPrincipal({ agencyId: "home-office-prevent", agencyKind: AgencyKind.HOME_OFFICE, roles: [PractitionerRole.DATA_PROTECTION_OFFICER] }));
    expect([...dpo.relationshipsGranting("personal")]).toEqual([Relationship.SUBJECT_ACCESS]);
    expect(dpo.subjectAccessPerson).toBeNull();
    const sar = new Access(dpo.principal, undefined, { reason: "subject access", personId: "p-1" });
    expect(sar.subjectAccessPerson).toBe("p-1");
    expect(sar.allows("restricted.ctRisk", { kinds: new Set([Relationship.SUBJECT_ACCESS]) })).toBe(false);
    expect(sar.allows("restricted.immigration", { kinds: new Set([Relationship.SUBJECT_ACCESS]) })).toBe(true);
    // The person is named by the purpose only for subject access.
    expect(new Access(dpo.principal, undefined, { reason: "case review" }).subjectAccessPerson).toBeNull();
  });

  it("gives Home Office oversight a case only when its quality-assurance review sampled it, under that purpose", () => {
    const oversight = testPrincipal({ agencyId: "home-office-prevent", agencyKind: AgencyKind.HOME_OFFICE, roles: [PractitionerRole.OVERSIGHT], qaCaseIds: ["c-1"] });
    expect([...new Access(oversight).relationshipsGranting("personal")]).toEqual([Relationship.QA_SAMPLE]);
    expect(new Access(oversight, undefined, { reason: "case review" }).qualityAssuranceCases).toEqual([]);
    const qa = new Access(oversight, undefined, { reason: "quality assurance" });
    expect(qa.qualityAssuranceCases).toEqual(["c-1"]);
    const sampled = { kinds: new Set([Relationship.QA_SAMPLE]) };
    expect(qa.allows("special.vaf", sampled)).toBe(true);
    expect(qa.allows("restricted.ctRisk", sampled)).toBe(false);
    expect(qa.allows("special.health", sampled)).toBe(false);
  });

  it.each(["board-member"])("gives %s no path to a person", (id) => {
    const persona = PERSONAS.find((p) => p.id === id)!;
    const access = new Access(testPrincipal({ agencyId: persona.agencyId, roles: persona.roles, agencyKind: AgencyKind.HOME_OFFICE }));
    for (const c of CATEGORIES) {
      if (classOf(c) === "reference" || classOf(c) === "aggregate") continue;
      expect(access.mayEverSee(c)).toBe(false);
    }
    // Even an agreement naming their agency opens nothing: no casework role.
    const withAgreement = new Access(testPrincipal({ agencyId: persona.agencyId, roles: persona.roles, grants: [{ partnerAgencyId: "kirklees", categories: ["personal"] }] }));
    expect(withAgreement.mayEverSee("personal")).toBe(false);
  });

  it("evaluates rules by agency kind, role and relationship", () => {
    const chair = new Access(testPrincipal({ agencyId: "kirklees", agencyKind: AgencyKind.LOCAL_AUTHORITY, roles: [PractitionerRole.CHANNEL_CHAIR] }));
    const officer = new Access(testPrincipal({ agencyId: "kirklees", agencyKind: AgencyKind.LOCAL_AUTHORITY, roles: [PractitionerRole.CASE_OFFICER] }));
    const lead = { kinds: new Set([Relationship.ANY, Relationship.LEAD]) };
    const panel = { kinds: new Set([Relationship.ANY, Relationship.PANEL]) };
    expect(chair.allows("restricted.ctRisk", lead)).toBe(true);
    expect(officer.allows("restricted.ctRisk", lead)).toBe(false);
    expect(officer.allows("special.vaf", lead)).toBe(true);
    expect(chair.allows("restricted.ctRisk", panel)).toBe(false);
    expect(chair.allows("personal", { kinds: new Set([Relationship.ANY]) })).toBe(false);
    const health = new Access(testPrincipal({ agencyKind: AgencyKind.HEALTH, roles: [PractitionerRole.HEALTH_LIAISON] }));
    expect(health.allows("personal", panel)).toBe(true);
    expect(health.allows("special.vaf", panel)).toBe(false);
    expect(health.allows("special.health", { kinds: new Set([Relationship.HEALTH_PROVIDER]) })).toBe(true);
    // The same health role at a school is not a health partner.
    const wrongKind = new Access(testPrincipal({ agencyKind: AgencyKind.EDUCATION, roles: [PractitionerRole.HEALTH_LIAISON] }));
    expect(wrongKind.allows("special.health", { kinds: new Set([Relationship.HEALTH_PROVIDER]) })).toBe(false);
  });

  it("applies agreements only for what they name, only for casework roles, never restricted", () => {
    const school = testPrincipal({
      agencyId: "kirklees-valley-academy",
      agencyKind: AgencyKind.EDUCATION,
      region: Region.YORKSHIRE_AND_THE_HUMBER,
      roles: [PractitionerRole.SAFEGUARDING_LEAD],
      grants: [{ partnerAgencyId: "kirklees", categories: ["personal", "special.vaf", "restricted.ctRisk"] }],
    });
    const access = new Access(school);
    expect(access.agreementPartnersGranting("personal")).toEqual(["kirklees"]);
    const agreed = { kinds: new Set([Relationship.ANY, Relationship.AGREEMENT]), agreed: access.agreedWith("kirklees") };
    expect(access.allows("special.vaf", agreed)).toBe(true);
    expect(access.allows("special.health", agreed)).toBe(false);
    expect(access.allows("restricted.ctRisk", agreed)).toBe(false);
    expect(access.agreedWith("oldham").size).toBe(0);
  });

  it("knows every role a rule names and names a reason for each", () => {
    for (const rule of SHARING_POLICY) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.roles.length).toBeGreaterThan(0);
      for (const c of rule.may) expect(CATEGORIES).toContain(c);
    }
    expect(CASEWORK_ROLES).not.toContain(PractitionerRole.BOARD_MEMBER);
  });
});

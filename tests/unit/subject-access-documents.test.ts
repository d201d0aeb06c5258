import fs from "node:fs";
import path from "node:path";
import { parse, print, visit, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { assembleSubjectAccess } from "../../common/subject-access";
import { SUBJECT_ACCESS_OPERATION, SUBJECT_ACCESS_TRAIL_OPERATION } from "../../platform/sar";

/**
 * The web app's subject access page assembles what `npm run sar` assembles (issue 16): its typed
 * documents must select exactly what the CLI's operations select, so the JSON it downloads has the
 * same shape. Read from the manifest the gateway safelists (npm run codegen).
 */
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../clients/generated/persisted-documents.json"), "utf8")) as Record<string, string>;

function operation(source: string): OperationDefinitionNode {
  const op = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  if (!op) throw new Error("no operation");
  return op;
}

function webOperation(name: string): OperationDefinitionNode {
  const found = Object.values(manifest)
    .map(operation)
    .filter((op) => op.name?.value === name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The operation without its name: variables and selections (in name order, as the manifest prints them). */
const shape = (op: OperationDefinitionNode): string =>
  print(
    visit(
      { ...op, name: undefined, variableDefinitions: [...(op.variableDefinitions ?? [])].sort((a, b) => (a.variable.name.value < b.variable.name.value ? -1 : 1)) },
      {
        SelectionSet: (node: SelectionSetNode): SelectionSetNode => ({
          ...node,
          selections: [...node.selections].sort((a, b) => ((a as FieldNode).name.value < (b as FieldNode).name.value ? -1 : 1)),
        }),
      },
    ),
  );

describe("the subject access page's documents", () => {
  it.each([
    ["DpoSubjectAccess", SUBJECT_ACCESS_OPERATION],
    ["DpoSubjectAccessTrail", SUBJECT_ACCESS_TRAIL_OPERATION],
  ])("%s selects exactly what npm run sar selects", (name, cli) => {
    expect(shape(webOperation(name))).toBe(shape(operation(cli)));
  });
});

describe("the subject access report's field order", () => {
  it("follows npm run sar's selections whatever order the answer came in", async () => {
    const person = { person: { town: "Oldham", id: "p1", cases: [{ ethnicity: "WHITE", id: "c1", ctRiskAssessment: null, leadAgency: { name: "Oldham Council", id: "oldham" } }], givenName: "Robin" } };
    const node = { userId: "u", id: "cases:1", entries: [{ fields: ["Case.id"], entityType: "Case", subjectId: "p1", entityId: "c1" }], subgraph: "cases" };
    const report = await assembleSubjectAccess(
      {
        person: async () => ({
          data: person,
          errors: [{ message: "The sharing policy does not let you see this Case field (restricted.ctRisk data).", path: ["person", "cases", 0, "ctRiskAssessment"], extensions: { code: "FORBIDDEN" } }],
        }),
        trail: async () => ({ data: { disclosures: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node }] } } }),
      },
      "p1",
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(JSON.stringify(report.person)).toBe(
      JSON.stringify({
        id: "p1",
        givenName: "Robin",
        town: "Oldham",
        cases: [{ id: "c1", ethnicity: "WHITE", leadAgency: { id: "oldham", name: "Oldham Council" }, ctRiskAssessment: { withheld: true, category: "restricted.ctRisk", basis: report.withheld[0]!.basis } }],
      }),
    );
    expect(Object.keys(report.disclosures[0]!)).toEqual(["id", "subgraph", "userId", "entries"]);
    expect(Object.keys((report.disclosures[0]!.entries as object[])[0]!)).toEqual(["entityType", "entityId", "subjectId", "fields"]);
    // The answer itself is left as it came.
    expect(Object.keys(person.person)[0]).toBe("town");
  });
});

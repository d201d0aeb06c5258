import fs from "node:fs";
import path from "node:path";
import { parse, print, visit, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
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

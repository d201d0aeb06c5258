import fs from "node:fs";
import path from "node:path";
import { composeSchemas, CompositionFailed, schemaFiles } from "../platform/compose";

const SCHEMA_DIR = path.resolve(__dirname, "..", "..", "schema");

try {
  const files = schemaFiles(composeSchemas());
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(SCHEMA_DIR, file);
    const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
    fs.writeFileSync(target, content);
    console.log(`${before === content ? "unchanged" : "wrote    "} schema/${file}`);
  }
} catch (err) {
  if (err instanceof CompositionFailed) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

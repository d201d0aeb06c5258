import fs from "node:fs";
import path from "node:path";
import { composeSchemas, CompositionFailed, generatedFiles } from "../platform/compose";

const ROOT = path.resolve(__dirname, "..", "..");

try {
  const files = generatedFiles(composeSchemas());
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(ROOT, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
    fs.writeFileSync(target, content);
    console.log(`${before === content ? "unchanged" : "wrote    "} ${file}`);
  }
} catch (err) {
  if (err instanceof CompositionFailed) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

// Parses Mermaid diagrams with Mermaid's own parser and prints what it read.
//
// Usage: node check.mjs FILE...
//
// For each file, Mermaid parses the text; a journey diagram is then read
// back from Mermaid's diagram database. Prints one JSON array to stdout:
// [{ "file", "type", "title", "sections", "tasks": [{ "section", "task",
// "score", "people" }] }]. Exits 1 and names the file when any file fails
// to parse, 2 on a usage error.
//
// Mermaid expects a browser; jsdom provides the DOM it needs (DOMPurify
// reads `window` when mermaid is first imported, so the globals are set up
// before the dynamic import).

import { readFile } from "node:fs/promises";
import { JSDOM } from "jsdom";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check.mjs FILE...");
  process.exit(2);
}

const { window } = new JSDOM("");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const results = [];
let failed = false;
for (const file of files) {
  const text = await readFile(file, "utf8");
  try {
    const parsed = await mermaid.parse(text);
    const result = { file, type: parsed.diagramType };
    if (parsed.diagramType === "journey") {
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = diagram.db;
      result.title = db.getDiagramTitle();
      // Copies: the database reuses its arrays for the next diagram.
      result.sections = [...db.getSections()];
      result.tasks = db.getTasks().map((t) => ({
        section: t.section,
        task: t.task,
        score: t.score,
        people: [...t.people],
      }));
    }
    results.push(result);
  } catch (error) {
    failed = true;
    console.error(`${file}: Mermaid cannot parse this diagram:\n${error.message ?? error}`);
  }
}
console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);

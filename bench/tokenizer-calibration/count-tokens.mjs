// Counts exact o200k_base tokens for every file under a folder (recursive) and writes a JSON
// object mapping the file's path relative to that folder (forward slashes) to its token count.
//
// Usage: node count-tokens.mjs <folder> <output.json>
//
// Files are read as UTF-8 and encoded as plain text: special-token strings such as
// "<|endoftext|>" are counted as ordinary text, which is what a prompt file would contain.
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, relative, sep, resolve } from "node:path";
import { Tiktoken } from "js-tiktoken/lite";
import o200k_base from "js-tiktoken/ranks/o200k_base";

const [, , folderArg, outArg] = process.argv;
if (!folderArg || !outArg) {
  console.error("usage: node count-tokens.mjs <folder> <output.json>");
  process.exit(2);
}

const root = resolve(folderArg);
if (!statSync(root).isDirectory()) {
  console.error(`not a folder: ${root}`);
  process.exit(2);
}

const enc = new Tiktoken(o200k_base);

function* walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // skip .gitattributes and other dotfiles
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

const counts = {};
let files = 0;
let tokens = 0;
for (const file of walk(root)) {
  let text = readFileSync(file, "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // ignore a UTF-8 BOM
  // Allow no special tokens and disallow none: "<|endoftext|>" in a file is just text.
  const count = enc.encode(text, [], []).length;
  counts[relative(root, file).split(sep).join("/")] = count;
  files++;
  tokens += count;
}

writeFileSync(resolve(outArg), JSON.stringify(counts, null, 2) + "\n", "utf8");
console.log(`${files} files, ${tokens} tokens -> ${resolve(outArg)}`);

// Whether a server action's body is one React's decodeReply can read. Next decodes it before any
// code of ours runs and answers a body it cannot read (not JSON, not an argument list, a reference to
// a part that is not there, a multipart body cut short, parts that refer to each other in a cycle,
// more than Next's 1,000 arguments) with a 500; proxy.ts refuses those with a 400 in Indonesian
// instead. This is the shape React's client sends (encodeReply): the arguments as a JSON array, as
// the whole body or as part "0" of a multipart body whose other parts hold what the array refers to
// as "$<tag><hex id>". Tags this app's clients never send (a server function or a stream passed as an
// argument: the ground of the React2Shell decoding flaws, CVE-2025-55182) are refused outright.

/** Deeper than any argument list this app's forms send; React revives a reply recursively. */
const MAX_REPLY_DEPTH = 32;
/** Next refuses more arguments than this with a 500 (SERVER_ACTION_ARGS_LIMIT in its action handler). */
const MAX_ARGUMENTS = 1000;
/** Array slots in the whole reply: far above any form here, far below React's own limit (1e6). */
const MAX_ARRAY_SLOTS = 100_000;

// Values written in place (React's parseModelString reads only the second character): "$$" escaped
// text, undefined, Infinity, NaN, -0/-Infinity, a date, a temporary reference, form data by prefix;
// and a bigint, which React refuses (throws) beyond 300 digits or when it is not a number.
const IN_PLACE = /^\$([$uIN\-DTK]|n-?\d{1,300}$)/;
// A reference to another part: "$<hex>" (a model, with an optional ":path") or one of React's tags
// and a hex id. React reads the id in hex and looks the part up under its decimal name.
const OUTLINED = /^\$([@QWiBAOoUSsLlGgMmV]?)([0-9a-fA-F]+)(:.*)?$/;
/** Tags whose part is JSON React reads as a model: a plain value, a promise's, or a Map, Set or iterator's entries. */
const MODEL_TAGS = new Set(['', '@', 'Q', 'W', 'i']);
/** A Map, Set or iterator consumes its part: React refuses a second use ("Already initialized"). */
const CONSUMING_TAGS = new Set(['Q', 'W', 'i']);
/** A path into a referenced part may not walk into an object's prototype. */
const PROTOTYPE_STEP = /(^|:)(__proto__|constructor|prototype)(:|$)/;

type Parts = ReadonlyMap<string, FormDataEntryValue>;

interface Reading {
  parts: Parts;
  /** Parts being read (a reference back to one is a cycle React cannot resolve). */
  open: Set<string>;
  /** Parts read whole; a model may be referred to again. */
  read: Set<string>;
  /** Parts a Map, Set or iterator took, or that were referred to once already. */
  consumed: Set<string>;
  referred: Set<string>;
  slots: number;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Whether one string of the reply is a value React reads in place or a reference it can resolve. */
function readableString(text: string, depth: number, reading: Reading): boolean {
  if (!text.startsWith('$') || IN_PLACE.test(text)) return true;
  const outlined = OUTLINED.exec(text);
  if (!outlined) return false;
  const [, tag = '', hex, path] = outlined;
  if (path && PROTOTYPE_STEP.test(path)) return false;
  const name = String(parseInt(hex!, 16));
  const part = reading.parts.get(name);
  if (part === undefined) return false;
  if (!MODEL_TAGS.has(tag)) return typeof part !== 'string'; // a Blob or typed array: a file part
  if (typeof part !== 'string') return false;
  if (reading.consumed.has(name) || (CONSUMING_TAGS.has(tag) && reading.referred.has(name))) return false;
  reading.referred.add(name);
  if (CONSUMING_TAGS.has(tag)) reading.consumed.add(name);
  if (reading.open.has(name)) return false;
  if (reading.read.has(name)) return !CONSUMING_TAGS.has(tag);
  const parsed = parseJson(part);
  if (!parsed.ok || (CONSUMING_TAGS.has(tag) && !Array.isArray(parsed.value))) return false;
  reading.open.add(name);
  const readable = readableValue(parsed.value, depth, reading);
  reading.open.delete(name);
  reading.read.add(name);
  return readable;
}

/** Every string in a JSON value, with the value's depth; iterative, so hostile nesting cannot recurse. */
function readableValue(value: unknown, startDepth: number, reading: Reading): boolean {
  const stack: [unknown, number][] = [[value, startDepth]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (!readableString(current, depth, reading)) return false;
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_REPLY_DEPTH) return false;
      if (Array.isArray(current) && (reading.slots += current.length) > MAX_ARRAY_SLOTS) return false;
      for (const child of Object.values(current)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/**
 * Whether `root` is an argument list whose references all name parts in `parts` (by decimal name),
 * that React can revive: no cycle, a Map's or Set's part used once, a file where a Blob is meant.
 */
export function isReadableReply(root: string, parts: Parts = new Map()): boolean {
  const parsed = parseJson(root);
  if (!parsed.ok || !Array.isArray(parsed.value) || parsed.value.length > MAX_ARGUMENTS) return false;
  const reading: Reading = { parts, open: new Set(['0']), read: new Set(), consumed: new Set(), referred: new Set(), slots: 0 };
  return readableValue(parsed.value, 0, reading);
}

/** Whether a server action body (text or multipart) is one Next can decode. */
export async function isReadableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get('content-type')?.toLowerCase() ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return false;
    }
    const root = form.get('0');
    // A name sent twice: React reads the first.
    const parts = new Map<string, FormDataEntryValue>();
    for (const [name, value] of form.entries()) if (!parts.has(name)) parts.set(name, value);
    return typeof root === 'string' && isReadableReply(root, parts);
  }
  // Next answers a url-encoded action itself (404, its not-found page).
  if (type.startsWith('application/x-www-form-urlencoded')) return true;
  return isReadableReply(await request.clone().text());
}

// Whether a server action's body is one React's decodeReply can read. Next decodes it before any
// code of ours runs and answers a body it cannot read (not JSON, not an argument list, a reference to
// a part that is not there, a multipart body cut short) with a 500; proxy.ts refuses those with a
// 400 in Indonesian instead. This is the shape React's client sends (encodeReply): the arguments as
// a JSON array, as the whole body or as part "0" of a multipart body whose other parts hold what the
// array refers to as "$<tag><hex id>".

/** Deeper than any argument list this app's forms send; React revives a reply recursively. */
const MAX_REPLY_DEPTH = 32;

// Values written in place (React's parseModelString reads only the second character): "$$" escaped
// text, undefined, Infinity, NaN, -0/-Infinity, a date, a temporary reference, form data by prefix;
// and a bigint, which React refuses (throws) beyond 300 digits or when it is not a number.
const IN_PLACE = /^\$([$uIN\-DTK]|n-?\d{1,300}$)/;
// A reference to another part: "$<hex>" (a model, with an optional ":path") or one of React's tags
// and a hex id. React reads the id in hex and looks the part up under its decimal name.
const OUTLINED = /^\$([@hQWiBRrXxAOoUSsLlGgMmV]?)([0-9a-fA-F]+)(:.*)?$/;

/** Every string in a JSON value, with the value's depth; iterative, so hostile nesting cannot recurse. */
function walk(value: unknown, onString: (text: string) => boolean): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (!onString(current)) return false;
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_REPLY_DEPTH) return false;
      for (const child of Object.values(current)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** Whether `root` is an argument list whose references all name parts in `parts`. */
export function isReadableReply(root: string, parts: ReadonlySet<string> = new Set()): boolean {
  let value: unknown;
  try {
    value = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(value)) return false;
  return walk(value, (text) => {
    if (!text.startsWith('$') || IN_PLACE.test(text)) return true;
    const outlined = OUTLINED.exec(text);
    return outlined !== null && parts.has(String(parseInt(outlined[2]!, 16)));
  });
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
    return typeof root === 'string' && isReadableReply(root, new Set(form.keys()));
  }
  // Next answers a url-encoded action itself (404, its not-found page).
  if (type.startsWith('application/x-www-form-urlencoded')) return true;
  return isReadableReply(await request.clone().text());
}

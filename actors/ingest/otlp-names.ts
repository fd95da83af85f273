/**
 * How OpenTelemetry names and attributes become Sluice names and labels:
 * every character outside Sluice's name charset [A-Za-z0-9_.:-] becomes `_`
 * (one `_` per character, as Prometheus maps OTLP names), and attribute
 * values become strings. Linear in the input; nothing here builds a RegExp.
 */

/** Characters kept as they are in names and label keys. */
const keep = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-') keep[c.charCodeAt(0)] = 1;

/** Byte values kept as they are (a 256-entry table: no range check per byte). */
const keepByte = new Uint8Array(256);
keepByte.set(keep);

/**
 * Whether the UTF-8 name or key `bytes[start, end)` needs no mapping (every
 * byte in [A-Za-z0-9_.:-]), so that `sluiceName` of its text is the same
 * bytes and the key can be copied in place.
 */
export function keptAsIs(bytes: Uint8Array, start: number, end: number): boolean {
  let ok = 1;
  for (let i = start; i < end; i++) ok &= keepByte[bytes[i]!]!;
  return ok === 1;
}

/**
 * `text` with each character outside [A-Za-z0-9_.:-] replaced by `_` (a
 * surrogate pair is one character). Returns `text` itself when nothing
 * changes, so the common case allocates nothing.
 */
export function sluiceName(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || keep[c] !== 1) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && keep[c] === 1) out += text[i];
    else {
      out += '_';
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return out;
}

/** A decoded OTLP AnyValue (generated code: one field of the oneof is set). */
export interface AnyValueLike {
  stringValue?: string | null;
  boolValue?: boolean | null;
  intValue?: number | { toString(): string } | null;
  doubleValue?: number | null;
  bytesValue?: Uint8Array | null;
  arrayValue?: { values?: AnyValueLike[] | null } | null;
  kvlistValue?: { values?: Array<{ key?: string | null; value?: AnyValueLike | null }> | null } | null;
  value?: string;
}

/**
 * Which field of an AnyValue is set. Not protobufjs's oneof getter
 * (`value.value`), which runs Object.keys on the message at every read: per
 * attribute per point, that was a tenth of the decoder's time.
 */
function anyValueCase(value: AnyValueLike): string | undefined {
  if (value.stringValue != null) return 'stringValue';
  if (value.intValue != null) return 'intValue';
  if (value.doubleValue != null) return 'doubleValue';
  if (value.boolValue != null) return 'boolValue';
  if (value.bytesValue != null) return 'bytesValue';
  if (value.arrayValue != null) return 'arrayValue';
  if (value.kvlistValue != null) return 'kvlistValue';
  return undefined;
}

/**
 * A label value for an attribute value: strings as they are, booleans and
 * numbers in their usual text, bytes as base64, arrays and key-value lists
 * as compact JSON. Text past `limit` characters is cut (the caller rejects
 * over-long values, so a cut value is never used); nesting past 8 levels
 * reads `…`.
 */
export function labelValue(value: AnyValueLike | null | undefined, limit: number): string {
  if (value == null) return '';
  switch (anyValueCase(value)) {
    case 'stringValue': return value.stringValue ?? '';
    case 'boolValue': return value.boolValue === true ? 'true' : 'false';
    case 'intValue': return String(value.intValue ?? 0);
    case 'doubleValue': return String(value.doubleValue ?? 0);
    case 'bytesValue': return Buffer.from(value.bytesValue ?? new Uint8Array(0)).toString('base64');
    case 'arrayValue':
    case 'kvlistValue': {
      const out = { text: '' };
      appendJson(value, out, limit, 0);
      return out.text;
    }
    default: return '';
  }
}

function appendJson(value: AnyValueLike | null | undefined, out: { text: string }, limit: number, depth: number): void {
  if (out.text.length > limit) return;
  if (value == null) { out.text += 'null'; return; }
  if (depth >= 8) { out.text += '"…"'; return; }
  switch (anyValueCase(value)) {
    case 'stringValue': out.text += JSON.stringify(value.stringValue ?? ''); return;
    case 'boolValue': case 'intValue': case 'doubleValue': out.text += labelValue(value, limit); return;
    case 'bytesValue': out.text += JSON.stringify(labelValue(value, limit)); return;
    case 'arrayValue': {
      out.text += '[';
      const items = value.arrayValue?.values ?? [];
      for (let i = 0; i < items.length && out.text.length <= limit; i++) {
        if (i > 0) out.text += ',';
        appendJson(items[i], out, limit, depth + 1);
      }
      out.text += ']';
      return;
    }
    case 'kvlistValue': {
      out.text += '{';
      const items = value.kvlistValue?.values ?? [];
      for (let i = 0; i < items.length && out.text.length <= limit; i++) {
        if (i > 0) out.text += ',';
        out.text += `${JSON.stringify(items[i]!.key ?? '')}:`;
        appendJson(items[i]!.value, out, limit, depth + 1);
      }
      out.text += '}';
      return;
    }
    default: out.text += 'null';
  }
}

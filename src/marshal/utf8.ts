/**
 * UTF-8 with the 'surrogatepass' error handler, as marshal uses it for
 * TYPE_UNICODE / TYPE_INTERNED (PyUnicode_DecodeUTF8 / PyUnicode_AsEncodedString).
 * Decoding errors carry CPython's exact UnicodeDecodeError text
 * (Objects/stringlib/codecs.h utf8_decode, Objects/unicodeobject.c
 * unicode_decode_utf8, Python/codecs.c PyCodec_SurrogatePassErrors).
 */
import { PyMarshalError } from './errors';

const isCont = (b: number): boolean => (b & 0xc0) === 0x80;

function decodeError(data: Uint8Array, start: number, end: number, reason: string): PyMarshalError {
  const where =
    end - start === 1
      ? `byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
  return new PyMarshalError('UnicodeDecodeError', `'utf-8' codec can't decode ${where}: ${reason}`);
}

/** Decode `data[from, to)`; positions in errors are relative to `from`. */
export function decodeUtf8SurrogatePass(buf: Uint8Array, from: number, to: number): string {
  const data = buf.subarray(from, to);
  const n = data.length;
  const parts: string[] = [];
  let units: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode.apply(null, units));
    units = [];
  };
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c < 0x80) {
      units.push(c);
      i++;
    } else {
      // Returns the length of the invalid run (1..3), 0 for truncated data, or a decoded code point (as -1 - cp).
      const r = decodeOne(data, i);
      if (r < 0) {
        const cp = -1 - r;
        if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
        else units.push(cp);
        i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      } else {
        // surrogatepass: an encoded surrogate (ED A0..BF 80..BF) is accepted.
        if (i + 2 < n && (c & 0xf0) === 0xe0 && isCont(data[i + 1]) && isCont(data[i + 2])) {
          const cp = ((c & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f);
          if (cp >= 0xd800 && cp <= 0xdfff) {
            units.push(cp);
            i += 3;
            continue;
          }
        }
        if (r === 0) throw decodeError(data, i, n, 'unexpected end of data');
        if (r === 4) throw decodeError(data, i, i + 1, 'invalid start byte');
        throw decodeError(data, i, i + r, 'invalid continuation byte');
      }
    }
    if (units.length >= 8192) flush();
  }
  flush();
  return parts.length === 1 ? parts[0] : parts.join('');
}

/**
 * One multi-byte sequence at `i` (stringlib utf8_decode). Result: -1 - codepoint
 * when valid; 0 when the data ends inside a sequence that was valid so far;
 * 1..3 = invalid continuation byte, that many bytes in the error; 4 = invalid start byte.
 */
function decodeOne(d: Uint8Array, i: number): number {
  const c = d[i];
  const left = d.length - i;
  if (c < 0xc2) return 4;
  if (c < 0xe0) {
    if (left < 2) return 0;
    if (!isCont(d[i + 1])) return 1;
    return -1 - (((c & 0x1f) << 6) | (d[i + 1] & 0x3f));
  }
  if (c < 0xf0) {
    const bad2 = (b: number): boolean => !isCont(b) || (b < 0xa0 ? c === 0xe0 : c === 0xed);
    if (left < 3) {
      if (left < 2) return 0;
      return bad2(d[i + 1]) ? 1 : 0;
    }
    if (bad2(d[i + 1])) return 1;
    if (!isCont(d[i + 2])) return 2;
    return -1 - (((c & 0x0f) << 12) | ((d[i + 1] & 0x3f) << 6) | (d[i + 2] & 0x3f));
  }
  if (c < 0xf5) {
    const bad2 = (b: number): boolean => !isCont(b) || (b < 0x90 ? c === 0xf0 : c === 0xf4);
    if (left < 4) {
      if (left < 2) return 0;
      if (bad2(d[i + 1])) return 1;
      if (left < 3) return 0;
      return isCont(d[i + 2]) ? 0 : 2;
    }
    if (bad2(d[i + 1])) return 1;
    if (!isCont(d[i + 2])) return 2;
    if (!isCont(d[i + 3])) return 3;
    return -1 - (((c & 0x07) << 18) | ((d[i + 1] & 0x3f) << 12) | ((d[i + 2] & 0x3f) << 6) | (d[i + 3] & 0x3f));
  }
  return 4;
}

/** Encode a JS string; lone surrogates become their 3-byte forms ('surrogatepass'). */
export function encodeUtf8SurrogatePass(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** True when every UTF-16 unit is < 0x80 (PyUnicode_IS_ASCII). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

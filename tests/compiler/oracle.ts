/**
 * Compares Typhon's compileSource with python3's compile() on many cases at
 * once, any mode, flags and optimize level: the dis text (addresses masked),
 * every code-object field recursively once python3 has loaded our marshal
 * output, and for sources that fail, the exception's class, message and
 * position. One python3 process does all of it.
 */
import { compileSource, CompileError, CompilerNotImplemented, type CompileMode } from '../../src/compiler';
import { disRecursive } from '../../src/dis';
import { dumps } from '../../src/marshal';
import { PySyntaxError } from '../../src/tokenizer/errors';
import { runPythonJSON } from '../support/python';

export interface Case {
  src: string;
  mode?: CompileMode;
  /** compile()'s flags argument. */
  flags?: number;
  optimize?: number;
}

const ORACLE = String.raw`
import dis, io, json, sys, marshal, math
FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
          'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
          'co_firstlineno', 'co_linetable', 'co_exceptiontable')
def key(x):
    t = type(x).__name__
    if t == 'float':
        return (t, repr(x), math.copysign(1, x))
    if t == 'complex':
        return (t, repr(x), math.copysign(1, x.real), math.copysign(1, x.imag))
    if t in ('tuple', 'frozenset'):
        return (t, tuple(key(v) for v in x))
    return (t, repr(x))
def has_nan(consts):
    for x in consts:
        t = type(x).__name__
        if t in ('float', 'complex') and x != x:
            return True
        if t in ('tuple', 'frozenset') and has_nan(x) or t == 'code' and has_nan(x.co_consts):
            return True
    return False
def diff(a, b, path):
    out = []
    for f in FIELDS:
        if getattr(a, f) != getattr(b, f):
            out.append('%s.%s: %r != %r' % (path, f, getattr(a, f), getattr(b, f)))
    if len(a.co_consts) != len(b.co_consts):
        out.append('%s.co_consts: %r != %r' % (path, a.co_consts, b.co_consts))
    else:
        for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
            if type(x).__name__ == 'code' and type(y).__name__ == 'code':
                out += diff(x, y, '%s.co_consts[%d]' % (path, i))
            elif key(x) != key(y):
                out.append('%s.co_consts[%d]: %r != %r' % (path, i, x, y))
    if not out and a != b and not has_nan(a.co_consts):
        out.append(path + ': code objects differ')
    return out
res = []
for item in json.load(sys.stdin):
    try:
        co = compile(item['src'], 'x.py', item['mode'], flags=item['flags'], dont_inherit=True, optimize=item['optimize'])
    except SyntaxError as e:
        # PySyntaxError writes a None offset as -1.
        none = lambda n: -1 if n is None else n
        res.append({'error': [type(e).__name__, e.msg, e.lineno, none(e.offset), e.end_lineno, none(e.end_offset)]})
        continue
    except Exception as e:
        res.append({'error': [type(e).__name__, str(e)]})
        continue
    b = io.StringIO()
    dis.dis(co, file=b)
    fields = None
    if item['ours'] is not None:
        fields = diff(co, marshal.loads(bytes.fromhex(item['ours'])), 'module')
    res.append({'dis': b.getvalue(), 'fields': fields})
print(json.dumps(res))
`;

const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');

interface Ours {
  dis?: string;
  marshal?: string | null;
  error?: unknown[];
}

function ours(c: Case): Ours {
  try {
    const co = compileSource(c.src, 'x.py', c.mode ?? 'exec', { futureFlags: c.flags ?? 0, dontInherit: true, optimize: c.optimize ?? -1 });
    return { dis: disRecursive(co), marshal: Buffer.from(dumps(co)).toString('hex') };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset] };
    if (e instanceof CompileError) return { error: [e.type, e.msg] };
    if (e instanceof CompilerNotImplemented) return { error: ['NotImplementedError', e.msg] };
    throw e;
  }
}

/** The first differing line of two dis texts, with two lines of context. */
function firstDifference(theirs: string, ours: string): string {
  const x = mask(theirs).split('\n');
  const y = mask(ours).split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      const from = Math.max(0, i - 2);
      return `  python3: ${x.slice(from, i + 3).join('\n           ')}\n  typhon:  ${y.slice(from, i + 3).join('\n           ')}`;
    }
  }
  return '(no difference)';
}

/** The differences between Typhon and python3 for each case, as readable lines (empty when all agree). */
export function compareWithPython(cases: Case[]): string[] {
  const mine = cases.map(ours);
  const theirs = runPythonJSON<{ dis?: string; fields?: string[] | null; error?: unknown[] }[]>(
    ORACLE,
    cases.map((c, i) => ({ src: c.src, mode: c.mode ?? 'exec', flags: c.flags ?? 0, optimize: c.optimize ?? -1, ours: mine[i].marshal ?? null })),
  );
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const label = `${JSON.stringify(c.src.length > 160 ? c.src.slice(0, 160) + '…' : c.src)} (${c.mode ?? 'exec'}, flags ${c.flags ?? 0}, optimize ${c.optimize ?? -1})`;
    const a = mine[i];
    const b = theirs[i];
    if (b.error || a.error) {
      if (JSON.stringify(a.error ?? null) !== JSON.stringify(b.error ?? null)) {
        failures.push(`${label}: python3 ${JSON.stringify(b.error ?? 'compiles')}, typhon ${JSON.stringify(a.error ?? 'compiles')}`);
      }
      return;
    }
    if (mask(a.dis!) !== mask(b.dis!)) failures.push(`${label}: dis differs\n${firstDifference(b.dis!, a.dis!)}`);
    else if (b.fields && b.fields.length) failures.push(`${label}: ${b.fields.join('; ')}`);
  });
  return failures;
}

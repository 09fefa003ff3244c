/**
 * `npm run parity`: the parity figures of every stage that exists, over
 * python3's standard library and its Lib/test, printed as one table — the
 * source of the figures in docs/STATUS.md. Each sweep caches python3's
 * answers under .cache/, so a rerun costs only Typhon's side.
 *
 *   node dist/scripts/parity.js [--quick] [tokens] [ast] [errors] [symtable] [pyc] [dis] [code] [future] [O] [OO]
 *
 * future, O and OO are the code-object sweep under compile() options: flags
 * CO_FUTURE_ANNOTATIONS (as if every file began with `from __future__ import
 * annotations`: each annotation goes through the unparser), optimize 1 and 2.
 *
 * --quick takes every 10th file. With no stage named, all run.
 */
import { libTestFiles, python3, stdlibFiles } from './corpus';
import { astParity, firstDifference, oracleDump, ourAst } from './parity/ast';
import { tokenParity } from './parity/tokens';
import { syntaxErrorParity } from './parity/syntax_errors';
import { symtableParity } from './parity/symtable';
import { runPycParity } from './parity/pyc';
import { disParity } from './parity/dis';
import { codeParity, type CompileVariant } from './parity/code';

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : ((100 * a) / b).toFixed(2) + '%';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const want = (k: string) => wanted.length === 0 || wanted.includes(k);
  let std = stdlibFiles();
  let tests = libTestFiles();
  if (quick) {
    std = std.filter((_, i) => i % 10 === 0);
    tests = tests.filter((_, i) => i % 10 === 0);
  }
  const corpora: [string, string[]][] = [
    ['stdlib', std],
    ['Lib/test', tests],
  ];
  const rows: string[][] = [['figure', 'corpus', 'cases', 'identical', 'share']];
  const t0 = Date.now();

  if (want('tokens')) {
    for (const [name, files] of corpora) {
      const r = await tokenParity(files);
      rows.push(['tokens (tokenize module)', name, String(r.total), String(r.identical), pct(r.identical, r.total)]);
      for (const f of r.failures.slice(0, 3)) console.error(`  tokens ${name}: ${f.file}: ${f.detail.slice(0, 300)}`);
    }
  }
  if (want('ast')) {
    for (const [name, files] of corpora) {
      for (const tc of [false, true]) {
        const r = astParity(files, tc);
        rows.push([tc ? 'AST, type_comments=True' : 'AST', name, String(r.total), String(r.identical), pct(r.identical, r.total)]);
        for (const f of r.failures.slice(0, 3)) {
          console.error(`  AST ${name}: ${f.file}\n    expected ${f.expected}\n    got      ${f.got}`);
          if (f.expected.startsWith('ok') && f.got.startsWith('ok')) {
            console.error('    ' + firstDifference(oracleDump(f.file, tc), ourAst(f.file, tc).dump ?? '').replace(/\n/g, '\n    '));
          }
        }
      }
    }
  }
  if (want('errors')) {
    const r = syntaxErrorParity();
    rows.push(['SyntaxError: class, message and position', 'invalid-snippet corpus', String(r.total), String(r.both), pct(r.both, r.total)]);
    rows.push(['SyntaxError: class and message', 'invalid-snippet corpus', String(r.total), String(r.sameMessage), pct(r.sameMessage, r.total)]);
  }
  if (want('symtable')) {
    for (const [name, files] of corpora) {
      const r = symtableParity(files);
      rows.push(['symtable (vs python3 symtable module)', name, String(r.files - r.skipped), String(r.same), pct(r.same, r.files - r.skipped)]);
      for (const d of r.differ.slice(0, 3)) console.error(`  symtable ${name}: ${d.slice(0, 300)}`);
    }
  }
  if (want('pyc')) {
    for (const [name, files] of corpora) {
      const r = runPycParity(files);
      rows.push(["dis printer on CPython's own .pyc", name, String(r.compiled), String(r.disIdentical), pct(r.disIdentical, r.compiled)]);
      rows.push(["marshal round trip of CPython's .pyc", name, String(r.compiled), String(r.roundTripEqual), pct(r.roundTripEqual, r.compiled)]);
    }
  }

  if (want('dis')) {
    for (const [name, files] of corpora) {
      const r = disParity(files);
      rows.push(["dis (Typhon's compiler vs python3 -m dis)", name, String(r.files), String(r.identical), pct(r.identical, r.files)]);
      for (const d of r.differ.slice(0, 3)) console.error(`  dis ${name}: ${d.file}`);
    }
  }
  const variants: [string, string, CompileVariant][] = [
    ['code', 'code objects (every field)', {}],
    ['future', 'code objects, flags=CO_FUTURE_ANNOTATIONS', { flags: 0x1000000 }],
    ['O', 'code objects, optimize=1', { optimize: 1 }],
    ['OO', 'code objects, optimize=2', { optimize: 2 }],
  ];
  for (const [key, label, variant] of variants) {
    if (!want(key)) continue;
    for (const [name, files] of corpora) {
      const r = codeParity(files, variant);
      rows.push([label, name, String(r.files), String(r.identical), pct(r.identical, r.files)]);
      for (const d of r.differ.slice(0, 3)) console.error(`  ${key} ${name}: ${d.file}: ${d.detail.slice(0, 300)}`);
      for (const e of r.errors.slice(0, 3)) console.error(`  ${key} ${name}: ${e.file}: ${e.error.slice(0, 300)}`);
    }
  }

  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(`Parity against ${python3()} — ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick: every 10th file)' : ''}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(line(rows[0]));
  console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  for (const r of rows.slice(1)) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

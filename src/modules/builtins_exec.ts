/**
 * compile(), exec() and eval() (Python/bltinmodule.c) over the compiler's
 * compileSource: source text, bytes or code objects; globals defaulting to
 * the caller's (with __builtins__ added when missing); locals defaulting to
 * the caller's locals mapping; the caller's future features inherited; the
 * compiler's SyntaxErrors raised as Python SyntaxError objects with
 * CPython's fields; with PyCF_ONLY_AST, or given an AST object, through
 * the _ast module's conversions (ast.ts) and validator (ast_validate.ts).
 */
import type { Value } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyCode, PyModule, PyFunction } from '../objects/function';
import { PyBytes, PyByteArray, PyTuple, tuple } from '../objects/containers';
import { None, typeOf, tupleType, cellType } from '../objects/types';
import {
  newException, typeError, SyntaxError as SyntaxErrorType, IndentationError, TabError, ValueError, TypeError,
  NotImplementedError, RecursionError, SystemError, MemoryError, setExcAttr, PyBaseException,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { moduleFunction, parseArgs } from '../objects/define';
import { builtinsDict, builtinsModule } from './builtins';
import { compileSource, compileAst, parseSource, checkCompileArguments, CompilerNotImplemented, PyCF_ONLY_AST, PyCF_MASK, type CompileMode } from '../compiler/index';
import type { mod } from '../ast/nodes';
import { astType, astClasses, ast2obj, obj2ast } from './ast';
import { validateMod } from './ast_validate';
import { CompileError } from '../compiler/errors';
import { PySyntaxError } from '../tokenizer/errors';
import { decodeSource } from '../tokenizer/source';
import { codeValue } from '../vm/consts';
import { Frame } from '../vm/frame';
import { runFrame } from '../vm/eval';
import { ts } from '../vm/thread_state';
import { frameLocalsDict } from './sys_trace';

/** The compiler's errors as Python exceptions. */
export function compileErrorToPython(e: unknown): unknown {
  if (e instanceof PySyntaxError) {
    if (e.kind === 'MemoryError') return newException(MemoryError);
    const type = e.kind === 'IndentationError' ? IndentationError : e.kind === 'TabError' ? TabError : SyntaxErrorType;
    const text = e.text === null ? None : A.mkStr(e.text);
    const details = tuple([A.mkStr(e.filename), e.lineno, e.offset, text, e.endLineno, e.endOffset]);
    const exc = newException(type, A.mkStr(e.msg), details);
    setExcAttr(exc, 'msg', A.mkStr(e.msg));
    setExcAttr(exc, 'filename', A.mkStr(e.filename));
    setExcAttr(exc, 'lineno', e.lineno);
    setExcAttr(exc, 'offset', e.offset);
    setExcAttr(exc, 'text', text);
    setExcAttr(exc, 'end_lineno', e.endLineno);
    setExcAttr(exc, 'end_offset', e.endOffset);
    setExcAttr(exc, 'print_file_and_line', None);
    return exc;
  }
  if (e instanceof CompileError) {
    const t = { ValueError, TypeError, RecursionError, SystemError }[e.type];
    return newException(t, e.msg);
  }
  if (e instanceof CompilerNotImplemented) return newException(NotImplementedError, e.msg);
  return e;
}

/** The text of compile()/exec()/eval()'s source argument. */
export function sourceTextOf(v: Value, fname: string, what: string): string {
  if (A.isStr(v)) return A.strValue(v);
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const bytes = v instanceof PyBytes ? v.bytes : v.view();
    try {
      return decodeSource(bytes, '<string>', { mode: 'compile' }).text;
    } catch (e) {
      throw compileErrorToPython(e);
    }
  }
  return typeError(`${fname}() arg 1 must be a ${what} object`);
}

function compileText(text: string, filename: string, mode: CompileMode, flags: number, dontInherit: boolean, optimize: number): PyCode {
  const inherited = dontInherit || ts.frame === null ? 0 : ts.frame.code.co.co_flags & PyCF_MASK;
  try {
    const co = compileSource(text, filename, mode, { futureFlags: flags, inheritedFlags: inherited, dontInherit, optimize });
    return codeValue(co);
  } catch (e) {
    throw compileErrorToPython(e);
  }
}

moduleFunction(builtinsDict, 'builtins', 'compile', (args, kwnames) => {
  const [source, filename, mode, flags, dontInherit, optimize, featureVersion] = parseArgs(
    'compile', args, kwnames, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 3,
  );
  const fl = flags === null ? 0 : Number(A.asIndex(flags));
  const opt = optimize === null ? -1 : Number(A.asIndex(optimize));
  const noInherit = dontInherit !== null && A.isTrue(dontInherit);
  const m = A.strValue(mode!);
  const fn = A.isStr(filename!) ? A.strValue(filename!) : A.str(filename!);
  const inherited = noInherit || ts.frame === null ? 0 : ts.frame.code.co.co_flags & PyCF_MASK;
  const fv = featureVersion === null ? -1 : Number(A.asIndex(featureVersion));
  const options = { futureFlags: fl, inheritedFlags: inherited, dontInherit: noInherit, optimize: opt, featureVersion: fv >= 0 ? fv : undefined };
  try {
    checkCompileArguments(m, fl, opt);
    if (A.isInstance(source!, astType)) {
      // builtin_compile: an AST is returned as it is under PyCF_ONLY_AST, else converted, validated and compiled.
      if (fl & PyCF_ONLY_AST) return source!;
      const tree = astToMod(source!, m as CompileMode);
      validateMod(tree);
      return codeValue(compileAst(tree, fn, m as CompileMode, options));
    }
    const text = sourceTextOf(source!, 'compile', 'string, bytes or AST');
    if (fl & PyCF_ONLY_AST) return ast2obj(parseSource(text, fn, m as CompileMode, options));
    return codeValue(compileSource(text, fn, m as CompileMode, options));
  } catch (e) {
    throw compileErrorToPython(e);
  }
});

/** PyAST_obj2mod: the AST object as the compiler's tree of the kind the mode asks for. */
function astToMod(source: Value, mode: CompileMode): mod {
  const wanted = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' }[mode];
  if (!A.isInstance(source, astClasses.get(wanted)!)) typeError(`expected ${wanted} node, got ${A.typeName(source)}`);
  return obj2ast(source, 'mod') as mod;
}

/** The namespaces exec()/eval() run in: the caller's by default, with __builtins__ added to a new globals dict. */
function namespaces(fname: string, g: Value | null, l: Value | null): { globals: PyDict; locals: Value } {
  const caller = ts.frame;
  let globals: PyDict;
  let locals: Value;
  if (g === null || g === None) {
    if (caller === null) throw newException(SystemError, `${fname}(): no current frame`);
    globals = caller.globals;
    locals = l === null || l === None ? frameLocalsDict(caller) : l;
  } else {
    if (!(g instanceof PyDict)) typeError(`${fname}() globals must be a dict, not ${A.typeName(g)}`);
    globals = g as PyDict;
    locals = l === null || l === None ? globals : l;
  }
  if (locals !== globals && A.getAttrOrNull(locals, '__getitem__') === null) {
    typeError(`${fname}() locals must be a mapping or None, not ${A.typeName(locals)}`);
  }
  if (globals.getStr('__builtins__') === null) globals.set('__builtins__', builtinsModule);
  return { globals, locals };
}

function builtinsOf(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return builtinsDict;
}

function run(code: PyCode, globals: PyDict, locals: Value, closure: Value | null = null): Value {
  const nfree = code.co.co_freevars.length;
  if (closure !== null && closure !== None && nfree === 0) typeError('cannot use a closure with this code object');
  let func: PyFunction | null = null;
  if (nfree > 0) {
    // builtin_exec_impl: exactly one cell per free variable, then PyEval_EvalCodeEx with that closure.
    const ok = closure instanceof PyTuple && closure.ob_type === tupleType && closure.items.length === nfree && closure.items.every((c) => typeOf(c) === cellType);
    if (!ok) typeError(`code object requires a closure of exactly length ${nfree}`);
    func = new PyFunction(code, globals, builtinsOf(globals), code.co.co_qualname, None, None);
    func.closure = closure as PyTuple;
  }
  const f = new Frame(code, func, globals, builtinsOf(globals), locals);
  return runFrame(f, null);
}

moduleFunction(builtinsDict, 'builtins', 'exec', (args, kwnames) => {
  const [source, g, l, closure] = parseArgs('exec', args, kwnames, ['source', 'globals', 'locals', 'closure'], 1, 3, 3);
  const ns = namespaces('exec', g, l);
  if (!(source instanceof PyCode) && closure !== null && closure !== None) typeError('closure can only be used when source is a code object');
  const code = source instanceof PyCode ? source : compileText(sourceTextOf(source!, 'exec', 'string, bytes or code'), '<string>', 'exec', 0, false, -1);
  run(code, ns.globals, ns.locals, closure);
  return None;
});

moduleFunction(builtinsDict, 'builtins', 'eval', (args, kwnames) => {
  const [source, g, l] = parseArgs('eval', args, kwnames, ['source', 'globals', 'locals'], 1, 3);
  const ns = namespaces('eval', g, l);
  let code: PyCode;
  if (source instanceof PyCode) code = source;
  else {
    if (!A.isStr(source!) && !(source instanceof PyBytes) && !(source instanceof PyByteArray)) {
      typeError('eval() arg 1 must be a string, bytes or code object');
    }
    // builtin_eval_impl strips leading spaces and tabs.
    const text = sourceTextOf(source!, 'eval', 'string, bytes or code').replace(/^[ \t]+/, '');
    code = compileText(text, '<string>', 'eval', 0, false, -1);
  }
  if (code.co.co_freevars.length > 0) typeError('code object passed to eval() may not contain free variables');
  return run(code, ns.globals, ns.locals);
});

export { PyBaseException };

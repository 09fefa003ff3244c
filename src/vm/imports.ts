/**
 * The import system (Python/import.c's PyImport_ImportModuleLevelObject and
 * import_from, with importlib._bootstrap's _find_and_load, _load_unlocked,
 * _handle_fromlist and the PathFinder/FileFinder search), done natively: the
 * observable behaviour of CPython's importlib — sys.modules, specs, module
 * attributes, messages — without running importlib itself on every import.
 *
 * Sources come from sys.path entries that are directories or zip archives
 * (src/modules/stdlib.ts); compiled code is cached in
 * __pycache__/NAME.typhon-311.pyc beside the source (docs/ARCHITECTURE.md).
 * ModuleSpec and the loaders are small Python classes (BOOTSTRAP below),
 * created on the first import of a source module.
 */
import * as nodePath from 'path';
import * as fs from 'fs';
import type { Value } from '../objects/base';
import { PyModule, PyFunction } from '../objects/function';
import { PyDict } from '../objects/dict';
import { PyList, PyBytes, PyTuple, tuple } from '../objects/containers';
import { None, typeOf, typeType, objectType } from '../objects/types';
import { PyType } from '../objects/type';
import {
  newException, ModuleNotFoundError, ImportError, setExcAttr, typeError, ValueError, KeyError, PyBaseException,
  SyntaxError as SyntaxErrorType, IndentationError, TabError, NotImplementedError, AttributeError, SystemError,
} from '../objects/exceptions';
import * as A from '../objects/abstract';
import { moduleFunction, classMethod, parseArgs } from '../objects/define';
import type { Frame } from './frame';
import { sysModules, loadNative } from '../modules/registry';
import * as stdlib from '../modules/stdlib';
import type { CodeObject } from '../bytecode/code';
import { lazy } from '../util/lazy';
const lazy_frozen = lazy(() => require('./frozen') as typeof import('./frozen'));
const lazy_errors = lazy(() => require('../tokenizer/errors') as typeof import('../tokenizer/errors'));
const lazy_exceptions = lazy(() => require('../objects/exceptions') as typeof import('../objects/exceptions'));
const lazy_index = lazy(() => require('../compiler/index') as typeof import('../compiler/index'));
const lazy_errors2 = lazy(() => require('../compiler/errors') as typeof import('../compiler/errors'));
const lazy_source = lazy(() => require('../tokenizer/source') as typeof import('../tokenizer/source'));
const lazy_index2 = lazy(() => require('../parser/index') as typeof import('../parser/index'));
const lazy_sys = lazy(() => require('../modules/sys') as typeof import('../modules/sys'));
const lazy_index3 = lazy(() => require('../pyc/index') as typeof import('../pyc/index'));
const lazy_builtins = lazy(() => require('../modules/builtins') as typeof import('../modules/builtins'));
const lazy_frame = lazy(() => require('./frame') as typeof import('./frame'));
const lazy_eval = lazy(() => require('./eval') as typeof import('./eval'));
const lazy_consts = lazy(() => require('./consts') as typeof import('./consts'));
const lazy_registry = lazy(() => require('../modules/registry') as typeof import('../modules/registry'));
const lazy_run = lazy(() => require('./run') as typeof import('./run'));

// ---------------------------------------------------------------- compiling sources

/** A Python exception for a PySyntaxError / CompileError from the front end (as compile() raises it). */
export function frontEndError(e: unknown): PyBaseException | null {
  const { PySyntaxError } = lazy_errors();
  if (e instanceof PySyntaxError) {
    if (e.kind === 'MemoryError') return newException(lazy_exceptions().MemoryError);
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
  const { CompilerNotImplemented } = lazy_index();
  if (e instanceof CompilerNotImplemented) {
    return newException(NotImplementedError, `compiling this construct is not implemented yet in Typhon: ${(e as { msg: string }).msg}`);
  }
  const { CompileError } = lazy_errors2();
  if (e instanceof CompileError) {
    const types = lazy_exceptions() as Record<string, unknown>;
    return newException(types[e.type] as typeof ValueError, e.msg);
  }
  return null;
}

/** SourceLoader.source_to_code: compile(data, path, 'exec', dont_inherit=True). */
function sourceToCode(data: Uint8Array, path: string): CodeObject {
  const { decodeSource } = lazy_source();
  const { parse } = lazy_index2();
  const { compileAst } = lazy_index();
  try {
    const text = decodeSource(data, path, { mode: 'compile' }).text;
    return compileAst(parse(text, { filename: path, mode: 'exec', origin: 'string' }), path);
  } catch (e) {
    const exc = frontEndError(e);
    if (exc !== null) throw exc;
    throw e;
  }
}

export const CACHE_TAG = 'typhon-311';

function dontWriteBytecode(): boolean {
  const { sysDict } = lazy_sys();
  const v = sysDict.getStr('dont_write_bytecode');
  return v !== null && A.isTrue(v);
}

/** SourceLoader.get_code: a valid __pycache__ entry, else compile the source and cache it. */
export function getCode(path: string, fullname: string): CodeObject {
  const pyc = lazy_index3();
  const archived = stdlib.isArchived(path);
  const st = stdlib.sourceStat(path);
  const cached = archived ? stdlib.archiveBytecodePath(path, CACHE_TAG) : pyc.cacheFromSource(path, 0, CACHE_TAG);
  if (cached !== null && st !== null) {
    let data: Uint8Array | null = null;
    try {
      data = fs.readFileSync(cached);
    } catch {
      data = null;
    }
    if (data !== null) {
      try {
        return pyc.readPyc(data, { name: fullname, bytecodePath: cached, source: { mtime: st.mtime, size: st.size } }).code;
      } catch {
        // Stale, corrupt or foreign: recompile from the source, as get_code does on ImportError/EOFError.
      }
    }
  }
  const source = stdlib.readFile(path);
  const code = sourceToCode(source, path);
  if (cached !== null && st !== null && !dontWriteBytecode()) {
    try {
      const bytes = pyc.writePyc(code, { mtime: st.mtime, size: source.length });
      fs.mkdirSync(nodePath.dirname(cached), { recursive: true });
      // _write_atomic: a partly written file must never be read as a cache.
      const tmp = `${cached}.${process.pid}`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, cached);
    } catch {
      // A read-only folder only costs the next run a recompile.
    }
  }
  return code;
}

// ---------------------------------------------------------------- specs and loaders (Python)

const BOOTSTRAP = `
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        # Plain attributes where importlib has properties (same values for what sets them here).
        self.has_location = False
        self.cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    def __getattr__(self, attr):
        # importlib's parent property, without depending on property objects while the VM starts.
        if attr == 'parent':
            if self.submodule_search_locations is None:
                return _parent_of(self.name)
            return self.name
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{attr}'")



class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        return _read_file(path)

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        return _get_source(self.path)

    def get_code(self, fullname):
        return _get_code(self.path, fullname)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def path_stats(self, path):
        return _path_stats(path)


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class _NamespacePath:
    def __init__(self, name, path):
        self._name = name
        self._path = path

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._path

    def append(self, item):
        self._path.append(item)

`;

interface Bootstrap {
  ModuleSpec: Value;
  SourceFileLoader: Value;
  NamespaceLoader: Value;
  NamespacePath: Value;
}

let boot: Bootstrap | null = null;

function bootstrap(): Bootstrap {
  if (boot !== null) return boot;
  const { builtinsDict, builtinsModule } = lazy_builtins();
  const { Frame: FrameClass } = lazy_frame();
  const { runFrame } = lazy_eval();
  const { codeValue } = lazy_consts();
  // Two namespaces, so the classes' __module__ and reprs name CPython's modules.
  const run = (modname: string, src: string, extra: (d: PyDict) => void): PyDict => {
    const d = new PyDict();
    d.set('__name__', modname);
    d.set('__builtins__', builtinsModule);
    extra(d);
    const code = lazy_frozen().frozenCode(src, `<frozen ${modname}>`);
    runFrame(new FrameClass(codeValue(code), null, d, builtinsDict, d), null);
    return d;
  };
  const natives = (d: PyDict, mod: string): void => {
    moduleFunction(d, mod, '_is_builtin', (args) => nativeNames().includes(A.strValue(args[0])));
    moduleFunction(d, mod, '_create_builtin', (args) => {
      const name = A.strValue(args[0]);
      return sysModules().getStr(name) ?? loadNative(name) ?? None;
    });
    moduleFunction(d, mod, '_parent_of', (args) => {
      const n = A.strValue(args[0]);
      return A.mkStr(n.slice(0, Math.max(0, n.lastIndexOf('.'))));
    });
    moduleFunction(d, mod, '_read_file', (args) => new PyBytes(readOrOSError(A.strValue(args[0]))));
    moduleFunction(d, mod, '_get_source', (args) => {
      const { decodeSource } = lazy_source();
      const p = A.strValue(args[0]);
      try {
        return A.mkStr(decodeSource(readOrOSError(p), p, { mode: 'compile' }).text);
      } catch (e) {
        throw frontEndError(e) ?? e;
      }
    });
    moduleFunction(d, mod, '_get_code', (args) => {
      const { codeValue } = lazy_consts();
      return codeValue(getCode(A.strValue(args[0]), A.strValue(args[1])));
    });
    moduleFunction(d, mod, '_path_stats', (args) => {
      const st = stdlib.sourceStat(A.strValue(args[0]));
      if (st === null) throw newException(lazy_exceptions().FileNotFoundError, 2, 'No such file or directory');
      const r = new PyDict();
      r.set('mtime', st.mtime);
      r.set('size', st.size);
      return r;
    });
  };
  const g1 = run('_frozen_importlib', BOOTSTRAP, (d) => natives(d, '_frozen_importlib'));
  // The loaders live in _frozen_importlib_external in CPython: move them there for their __module__.
  const g2 = run('_frozen_importlib_external', 'pass\n', () => undefined);
  for (const name of ['SourceFileLoader', 'NamespaceLoader', '_NamespacePath']) {
    const cls = g1.getStr(name)!;
    A.setAttr(cls, '__module__', '_frozen_importlib_external');
    g2.set(name, cls);
  }
  boot = {
    ModuleSpec: g1.getStr('ModuleSpec')!,
    SourceFileLoader: g1.getStr('SourceFileLoader')!,
    NamespaceLoader: g1.getStr('NamespaceLoader')!,
    NamespacePath: g1.getStr('_NamespacePath')!,
  };
  return boot;
}

function nativeNames(): string[] {
  return lazy_registry().nativeNames();
}

function readOrOSError(p: string): Uint8Array {
  try {
    return stdlib.readFile(p);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const ex = lazy_exceptions();
    if (err.code === 'ENOENT') throw newException(ex.FileNotFoundError, 2, 'No such file or directory');
    if (err.code === 'EISDIR') throw newException(ex.IsADirectoryError, 21, 'Is a directory');
    throw newException(ex.OSError, String(err.message));
  }
}

// ---------------------------------------------------------------- finding

interface Found {
  kind: 'source' | 'package' | 'namespace';
  /** The .py file (source, package's __init__.py) or the namespace portions. */
  origin: string;
  portions: string[];
}

const joinPath = (dir: string, name: string): string => (dir === '' || dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** Entries known to be neither a folder nor an archive (sys.path_importer_cache's None). */
const unusable = new Set<string>();
const usable = new Set<string>();

/** PathFinder.find_spec over `path` (sys.path or a package's __path__) with FileFinder's order in each entry. */
function findOnPath(tail: string, path: Value): Found | null {
  const portions: string[] = [];
  let entries: Value[];
  if (path instanceof PyList) entries = path.items;
  else {
    // A namespace package's _NamespacePath: its list, without a Python-level iteration.
    const inner = typeOf(path) === boot?.NamespacePath ? A.getAttrOrNull(path, '_path') : null;
    entries = inner instanceof PyList ? inner.items : A.toArray(path);
  }
  for (const e of entries) {
    if (!A.isStr(e)) continue;
    let dir = A.strValue(e);
    // FileFinder('') searches the current directory, giving absolute file names.
    if (dir === '') dir = process.cwd();
    if (!usable.has(dir)) {
      if (unusable.has(dir)) continue;
      if (!stdlib.prepareEntry(dir)) {
        unusable.add(dir);
        continue;
      }
      usable.add(dir);
    }
    const base = joinPath(dir, tail);
    const baseKind = stdlib.statKind(base);
    if (baseKind === stdlib.Kind.Dir) {
      const init = joinPath(base, '__init__.py');
      if (stdlib.statKind(init) === stdlib.Kind.File) return { kind: 'package', origin: init, portions: [] };
    }
    const file = base + '.py';
    if (stdlib.statKind(file) === stdlib.Kind.File) return { kind: 'source', origin: file, portions: [] };
    if (baseKind === stdlib.Kind.Dir) portions.push(base);
  }
  if (portions.length) return { kind: 'namespace', origin: '', portions };
  return null;
}

// ---------------------------------------------------------------- loading

function moduleNotFound(msg: string, name: string): never {
  const e = newException(ModuleNotFoundError, A.mkStr(msg));
  setExcAttr(e, 'name', A.mkStr(name));
  setExcAttr(e, 'path', None);
  throw e;
}

/** ModuleType(name) with _init_module_attrs applied (the attribute order CPython's modules have). */
function moduleFromFound(name: string, found: Found): { module: PyModule; spec: Value } {
  const b = bootstrap();
  const d = new PyDict();
  d.set('__name__', A.mkStr(name));
  d.set('__doc__', None);
  const module = new PyModule(d);
  let spec: Value;
  if (found.kind === 'namespace') {
    spec = A.call(b.ModuleSpec, [A.mkStr(name), None]);
    const nsPath = A.call(b.NamespacePath, [A.mkStr(name), new PyList(found.portions.map((p) => A.mkStr(p)))]);
    const loader = A.call(b.NamespaceLoader, [A.mkStr(name), nsPath, None]);
    A.setAttr(spec, 'loader', loader);
    A.setAttr(spec, 'submodule_search_locations', nsPath);
    d.set('__package__', A.mkStr(name));
    d.set('__loader__', loader);
    d.set('__spec__', spec);
    d.set('__file__', None);
    d.set('__path__', nsPath);
    return { module, spec };
  }
  const isPkg = found.kind === 'package';
  const origin = A.mkStr(found.origin);
  const loader = A.call(b.SourceFileLoader, [A.mkStr(name), origin]);
  spec = A.call(b.ModuleSpec, [A.mkStr(name), loader, origin, isPkg], ['origin', 'is_package']);
  A.setAttr(spec, 'has_location', true);
  const pyc = lazy_index3();
  const cached = A.mkStr(pyc.cacheFromSource(found.origin, 0, CACHE_TAG));
  A.setAttr(spec, 'cached', cached);
  const parent = isPkg ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
  d.set('__package__', A.mkStr(parent));
  d.set('__loader__', loader);
  d.set('__spec__', spec);
  if (isPkg) {
    const dir = found.origin.slice(0, found.origin.lastIndexOf('/'));
    const locations = A.getAttr(spec, 'submodule_search_locations') as PyList;
    locations.items.push(A.mkStr(dir));
    d.set('__path__', locations);
  }
  d.set('__file__', origin);
  d.set('__cached__', cached);
  return { module, spec };
}

/** _load_unlocked: run the module's code in it, in sys.modules meanwhile, removed again if it fails. */
function loadUnlocked(name: string, found: Found): Value {
  const { module, spec } = moduleFromFound(name, found);
  const modules = sysModules();
  A.setAttr(spec, '_initializing', true);
  modules.set(name, module);
  try {
    if (found.kind !== 'namespace') {
      const { builtinsDict, builtinsModule } = lazy_builtins();
      const { Frame: FrameClass } = lazy_frame();
      const { runFrame } = lazy_eval();
      const { codeValue } = lazy_consts();
      const code = getCode(found.origin, name);
      const g = module.dict;
      if (g.getStr('__builtins__') === null) g.set('__builtins__', builtinsModule);
      runFrame(new FrameClass(codeValue(code), null, g, builtinsDict, g), null);
    }
  } catch (e) {
    modules.delete(name);
    A.setAttr(spec, '_initializing', false);
    throw e;
  }
  // The module may have replaced itself in sys.modules; it moves to the end, as importlib's pop/set does.
  const final = modules.getStr(name);
  if (final === null) {
    A.setAttr(spec, '_initializing', false);
    throw newException(KeyError, A.mkStr(name));
  }
  modules.delete(name);
  modules.set(name, final);
  A.setAttr(spec, '_initializing', false);
  return final;
}

/**
 * _find_spec over sys.meta_path. Our own finders (BuiltinImporter,
 * PathFinder) are done natively in their place in the list, so that the
 * program's finders keep their order around them without a Python call per
 * import: 'builtin' and 'path' say which of ours matched.
 */
type MetaFound = { kind: 'spec'; spec: Value } | { kind: 'builtin'; module: PyModule } | { kind: 'path'; found: Found };

function findWithMetaPath(name: string, path: Value): MetaFound | null {
  const { sysDict } = lazy_sys();
  const mp = sysDict.getStr('meta_path');
  if (!(mp instanceof PyList)) throw newException(ImportError, 'sys.meta_path must be a list of import hooks');
  for (const finder of mp.items.slice()) {
    if (finder === builtinImporterType) {
      if (path !== None) continue;
      const native = loadNative(name);
      if (native !== null) return { kind: 'builtin', module: native };
      continue;
    }
    if (finder === pathFinderType) {
      const found = findOnPath(name.slice(name.lastIndexOf('.') + 1), path === None ? sysPath() : path);
      if (found !== null) return { kind: 'path', found };
      continue;
    }
    const fs_ = A.getAttrOrNull(finder, 'find_spec');
    if (fs_ === null) continue;
    const spec = A.call(fs_, [A.mkStr(name), path, None]);
    if (spec !== None) return { kind: 'spec', spec };
  }
  return null;
}

function sysPath(): Value {
  const { sysDict } = lazy_sys();
  return sysDict.getStr('path') ?? new PyList([]);
}

/** importlib.invalidate_caches() for our PathFinder: forget which sys.path entries were usable. */
export function invalidateCaches(): void {
  unusable.clear();
  usable.clear();
}

/** The finders sys.meta_path starts with. */
export function defaultMetaPath(): Value[] {
  return [builtinImporterType, pathFinderType];
}

// sys.meta_path's own finders, as types with class methods (CPython's are classes too). Native, so
// that start-up compiles no Python; the bootstrap's ModuleSpec is made only when a spec is asked for.
const builtinImporterType = new PyType(typeType, '_frozen_importlib.BuiltinImporter', [objectType], 0);
const pathFinderType = new PyType(typeType, '_frozen_importlib_external.PathFinder', [objectType], 0);
{
  const cm = (t: PyType, name: string, fn: (args: Value[], kw: string[] | null) => Value): void => {
    classMethod(t, name, fn);
  };
  cm(builtinImporterType, 'find_spec', (args, kw) => {
    const [name, path] = parseArgs('find_spec', args.slice(1), kw, ['fullname', 'path', 'target'], 1);
    const n = A.strValue(name!);
    if ((path !== null && path !== None) || !nativeNames().includes(n)) return None;
    return A.call(bootstrap().ModuleSpec, [A.mkStr(n), builtinImporterType, A.mkStr('built-in')], ['origin']);
  });
  cm(builtinImporterType, 'create_module', (args) => {
    const n = A.strValue(A.getAttr(args[1], 'name'));
    return sysModules().getStr(n) ?? loadNative(n) ?? None;
  });
  cm(builtinImporterType, 'exec_module', () => None);
  cm(builtinImporterType, 'is_package', () => false);
  cm(builtinImporterType, 'get_code', () => None);
  cm(builtinImporterType, 'get_source', () => None);
  cm(pathFinderType, 'find_spec', (args, kw) => {
    const [name, path] = parseArgs('find_spec', args.slice(1), kw, ['fullname', 'path', 'target'], 1);
    const n = A.strValue(name!);
    const found = findOnPath(n.slice(n.lastIndexOf('.') + 1), path === null || path === None ? sysPath() : path);
    return found === null ? None : moduleFromFound(n, found).spec;
  });
  cm(pathFinderType, 'invalidate_caches', () => {
    invalidateCaches();
    return None;
  });
}

/** Load a module from a spec a meta-path finder returned (module_from_spec + exec_module). */
function loadFromSpec(name: string, spec: Value): Value {
  const loader = A.getAttr(spec, 'loader');
  let module: Value = None;
  if (loader !== None) {
    const create = A.getAttrOrNull(loader, 'create_module');
    if (create !== null) module = A.call(create, [spec]);
  }
  if (module === None) {
    const { newModule } = lazy_registry();
    module = newModule(name);
  }
  if (module instanceof PyModule) {
    const d = module.dict;
    d.set('__loader__', loader);
    d.set('__package__', A.getAttr(spec, 'parent'));
    d.set('__spec__', spec);
    const ssl = A.getAttr(spec, 'submodule_search_locations');
    if (ssl !== None) d.set('__path__', ssl);
    if (A.isTrue(A.getAttr(spec, 'has_location'))) {
      d.set('__file__', A.getAttr(spec, 'origin'));
      const c = A.getAttr(spec, 'cached');
      if (c !== None) d.set('__cached__', c);
    }
  }
  const modules = sysModules();
  modules.set(name, module);
  try {
    if (loader !== None) {
      const exec = A.getAttrOrNull(loader, 'exec_module');
      if (exec !== null) A.call(exec, [module]);
    }
  } catch (e) {
    modules.delete(name);
    throw e;
  }
  const final = modules.getStr(name) ?? module;
  modules.delete(name);
  modules.set(name, final);
  return final;
}

/** _find_and_load: the parent first, then the module itself in the parent's __path__ or sys.path. */
function findAndLoad(name: string): Value {
  const modules = sysModules();
  const dot = name.lastIndexOf('.');
  let path: Value | null = null;
  let parentModule: Value | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (modules.getStr(parent) === null) importAbsolute(parent);
    const already = modules.getStr(name);
    if (already !== null) return already;
    parentModule = modules.getStr(parent);
    if (parentModule === null) throw newException(KeyError, A.mkStr(parent));
    path = A.getAttrOrNull(parentModule, '__path__');
    if (path === null) moduleNotFound(`No module named ${A.repr(A.mkStr(name))}; ${A.repr(A.mkStr(parent))} is not a package`, name);
  }
  let module: Value;
  const m = findWithMetaPath(name, path ?? None);
  if (m === null) moduleNotFound(`No module named ${A.repr(A.mkStr(name))}`, name);
  else if (m.kind === 'spec') module = loadFromSpec(name, m.spec);
  else if (m.kind === 'builtin') module = m.module;
  else module = loadUnlocked(name, m.found);
  if (dot >= 0) {
    const parent = modules.getStr(name.slice(0, dot));
    if (parent !== null) {
      try {
        A.setAttr(parent, name.slice(dot + 1), module);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.ob_type.isSubtype(AttributeError))) throw e;
      }
    }
  }
  return module;
}

/** sys.modules[name], importing it first when needed (_gcd_import without the sanity checks). */
export function importAbsolute(name: string): Value {
  const m = sysModules().getStr(name);
  if (m !== null) {
    if (m === None) moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return m;
  }
  return findAndLoad(name);
}

/** Kept for callers of the interim API: import a module by its absolute name. */
export function importModule(name: string): Value {
  return importAbsolute(name);
}

// ---------------------------------------------------------------- __import__

/** resolve_name (import.c): the absolute name of a relative import. */
function resolveName(name: string, globals: PyDict | null, level: number): string {
  if (globals === null) throw newException(KeyError, "'__name__' not in globals");
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  if (pkg !== null && pkg !== None) {
    if (!A.isStr(pkg)) typeError('package must be a string');
  } else if (spec !== null && spec !== None) {
    pkg = A.getAttr(spec, 'parent');
    if (!A.isStr(pkg)) typeError('__spec__.parent must be a string');
  } else {
    pkg = globals.getStr('__name__');
    if (pkg === null) throw newException(KeyError, "'__name__' not in globals");
    if (!A.isStr(pkg)) typeError('__name__ must be a string');
    if (globals.getStr('__path__') === null) {
      const s = A.strValue(pkg);
      pkg = s.slice(0, Math.max(0, s.lastIndexOf('.')));
    }
  }
  let base = A.strValue(pkg);
  if (base === '') {
    throw newException(ImportError, 'attempted relative import with no known parent package');
  }
  for (let up = 1; up < level; up++) {
    const dot = base.lastIndexOf('.');
    if (dot < 0) throw newException(ImportError, 'attempted relative import beyond top-level package');
    base = base.slice(0, dot);
  }
  return name === '' ? base : `${base}.${name}`;
}

/** _handle_fromlist: import the submodules a from-import names that the package does not have yet. */
function handleFromlist(module: Value, fromlist: Value, recursive: boolean): Value {
  for (const x of A.toArray(fromlist)) {
    if (!A.isStr(x)) {
      const where = recursive ? `${A.strValue(A.getAttr(module, '__name__'))}.__all__` : "``from list''";
      typeError(`Item in ${where} must be str, not ${A.typeName(x)}`);
    }
    const xs = A.strValue(x);
    if (xs === '*') {
      if (!recursive) {
        const all = A.getAttrOrNull(module, '__all__');
        if (all !== null) handleFromlist(module, all, true);
      }
    } else if (A.getAttrOrNull(module, xs) === null) {
      const fromName = `${A.strValue(A.getAttr(module, '__name__'))}.${xs}`;
      try {
        importAbsolute(fromName);
      } catch (e) {
        if (e instanceof PyBaseException && e.ob_type.isSubtype(ModuleNotFoundError)) {
          const en = e.fields?.get('name') ?? null;
          if (en !== null && A.isStr(en) && A.strValue(en) === fromName && sysModules().getStr(fromName) !== None) continue;
        }
        throw e;
      }
    }
  }
  return module;
}

/** PyImport_ImportModuleLevelObject: __import__(name, globals, locals, fromlist, level). */
export function doImport(name: string, globals: PyDict | null, fromlist: Value, levelV: Value): Value {
  const level = levelV === None ? 0 : Number(A.asIndex(levelV));
  if (level < 0) throw newException(ValueError, 'level must be >= 0');
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name === '') throw newException(ValueError, 'Empty module name');
    absName = name;
  }
  const mod = importAbsolute(absName);
  const hasFrom = fromlist !== None && A.isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf('.');
      if (dot < 0) return mod;
      if (level === 0) return importAbsolute(name.slice(0, dot));
      const cutOff = name.length - dot;
      const toReturn = absName.slice(0, absName.length - cutOff);
      const m = sysModules().getStr(toReturn);
      if (m === null) throw newException(KeyError, `${A.repr(A.mkStr(toReturn))} not in sys.modules as expected`);
      return m;
    }
    return mod;
  }
  if (A.getAttrOrNull(mod, '__path__') !== null) return handleFromlist(mod, fromlist, false);
  return mod;
}

/** IMPORT_NAME: builtins.__import__ unless it was replaced, then the replacement. */
export function importName(f: Frame, name: string, fromlist: Value, level: Value): Value {
  const imp = f.builtins.getStr('__import__');
  if (imp === null) throw newException(ImportError, '__import__ not found');
  if (imp !== originalImport()) {
    return A.call(imp, [name, f.globals, f.locals ?? None, fromlist, level]);
  }
  return doImport(name, f.globals, fromlist, level);
}

let builtinImport: Value | null = null;
function originalImport(): Value | null {
  if (builtinImport === null) {
    const { builtinsDict } = lazy_builtins();
    builtinImport = builtinsDict.getStr('__import__');
  }
  return builtinImport;
}

/** _PyModuleSpec_IsInitializing */
function isInitializing(mod: Value): boolean {
  const spec = A.getAttrOrNull(mod, '__spec__');
  if (spec === null || spec === None) return false;
  const v = A.getAttrOrNull(spec, '_initializing');
  return v !== null && A.isTrue(v);
}

/** import_from (ceval.c): the attribute, else the submodule in sys.modules, else CPython's ImportError. */
export function importFrom(mod: Value, name: string): Value {
  const v = A.getAttrOrNull(mod, name);
  if (v !== null) return v;
  const pkgname = A.getAttrOrNull(mod, '__name__');
  if (pkgname !== null && A.isStr(pkgname)) {
    const sub = sysModules().getStr(`${A.strValue(pkgname)}.${name}`);
    if (sub !== null) return sub;
  }
  const pn = pkgname !== null && A.isStr(pkgname) ? pkgname : '<unknown module name>';
  const pkgpath = A.getAttrOrNull(mod, '__file__');
  let msg: string;
  if (pkgpath === null || !A.isStr(pkgpath)) {
    msg = `cannot import name ${A.repr(A.mkStr(name))} from ${A.repr(pn)} (unknown location)`;
  } else if (isInitializing(mod)) {
    msg = `cannot import name ${A.repr(A.mkStr(name))} from partially initialized module ${A.repr(pn)} (most likely due to a circular import) (${A.strValue(pkgpath)})`;
  } else {
    msg = `cannot import name ${A.repr(A.mkStr(name))} from ${A.repr(pn)} (${A.strValue(pkgpath)})`;
  }
  const e = newException(ImportError, A.mkStr(msg));
  setExcAttr(e, 'name', pn);
  setExcAttr(e, 'path', pkgpath !== null && A.isStr(pkgpath) ? pkgpath : None);
  throw e;
}

/** import_all_from (ceval.c). */
export function importStar(f: Frame, mod: Value): void {
  let names = A.getAttrOrNull(mod, '__all__');
  let skipLeadingUnderscores = false;
  if (names === null) {
    const d = A.getAttrOrNull(mod, '__dict__');
    if (d === null) throw newException(ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = A.call(A.getAttr(d, 'keys'), []);
    skipLeadingUnderscores = true;
  }
  const locals = f.locals;
  if (locals === null) throw newException(SystemError, 'no locals found during \'import *\'');
  for (const n of A.toArray(names)) {
    if (!A.isStr(n)) {
      const modName = A.getAttrOrNull(mod, '__name__');
      const mn = modName !== null && A.isStr(modName) ? A.strValue(modName) : '<unknown module name>';
      typeError(skipLeadingUnderscores
        ? `Key in ${mn}.__dict__ must be str, not ${A.typeName(n)}`
        : `Item in ${mn}.__all__ must be str, not ${A.typeName(n)}`);
    }
    const ns = A.strValue(n);
    if (skipLeadingUnderscores && ns.startsWith('_')) continue;
    const v = A.getAttr(mod, ns);
    if (locals instanceof PyDict) locals.set(n, v);
    else A.setItem(locals, n, v);
  }
}

void PyFunction;
void PyTuple;

// ---------------------------------------------------------------- -m MODULE (runpy)

class RunpyError {
  constructor(readonly msg: string) {}
}

/** runpy._get_module_details: the module (or package's __main__) to run, or a RunpyError with runpy's message. */
function moduleDetails(name: string): { fullname: string; found: Found } {
  if (name.startsWith('.')) throw new RunpyError('Relative module names not supported');
  const dot = name.lastIndexOf('.');
  let path: Value | null = null;
  if (dot >= 0) {
    const pkgName = name.slice(0, dot);
    try {
      importAbsolute(pkgName);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.ob_type.isSubtype(ImportError))) throw e;
      const en = e.fields?.get('name') ?? None;
      const ens = en !== None && A.isStr(en) ? A.strValue(en) : null;
      if (ens === null || (ens !== pkgName && !pkgName.startsWith(`${ens}.`))) throw e;
      throw new RunpyError(`Error while finding module specification for ${A.repr(A.mkStr(name))} (${e.ob_type.name}: ${A.str(e)})`);
    }
    path = A.getAttrOrNull(sysModules().getStr(pkgName)!, '__path__');
    if (path === null) {
      throw new RunpyError(`Error while finding module specification for ${A.repr(A.mkStr(name))} (ModuleNotFoundError: __path__ attribute not found on ${A.repr(A.mkStr(pkgName))} while trying to find ${A.repr(A.mkStr(name))})`);
    }
  }
  const { sysDict } = lazy_sys();
  if (dot < 0 && nativeNames().includes(name)) throw new RunpyError(`No code object available for ${name}`);
  const found = findOnPath(name.slice(dot + 1), path ?? sysDict.getStr('path') ?? new PyList([]));
  if (found === null) throw new RunpyError(`No module named ${name}`);
  if (found.kind === 'source') return { fullname: name, found };
  if (name === '__main__' || name.endsWith('.__main__')) throw new RunpyError('Cannot use package as __main__ module');
  if (found.kind === 'namespace') {
    throw new RunpyError(`No module named ${name}.__main__; ${A.repr(A.mkStr(name))} is a package and cannot be directly executed`);
  }
  // The package itself is imported first, as runpy does through __import__.
  importAbsolute(name);
  try {
    return moduleDetails(`${name}.__main__`);
  } catch (e) {
    if (e instanceof RunpyError) throw new RunpyError(`${e.msg}; ${A.repr(A.mkStr(name))} is a package and cannot be directly executed`);
    throw e;
  }
}

/** `typhon -m NAME ARGS`: runpy._run_module_as_main; returns the exit status. */
export function runModuleAsMain(name: string, args: string[]): number {
  const run = lazy_run();
  const { sysDict, flushStd, getStderr, writeTo } = lazy_sys();
  const { builtinsDict, builtinsModule } = lazy_builtins();
  const { Frame: FrameClass } = lazy_frame();
  const { runFrame } = lazy_eval();
  const { codeValue } = lazy_consts();
  // Modules/main.c: sys.path[0] is the current directory, sys.argv[0] '-m' until the module is found.
  (sysDict.getStr('path') as PyList).items.unshift(A.mkStr(process.cwd()));
  const argv = new PyList([A.mkStr('-m'), ...args.map((a) => A.mkStr(a))]);
  sysDict.set('argv', argv);
  let status = 0;
  try {
    let details: { fullname: string; found: Found };
    try {
      details = moduleDetails(name);
    } catch (e) {
      if (!(e instanceof RunpyError)) throw e;
      const exe = sysDict.getStr('executable');
      writeTo(getStderr(), `${exe !== null && A.isStr(exe) && A.strValue(exe) !== '' ? A.strValue(exe) : 'typhon'}: ${e.msg}\n`);
      flushStd();
      return 1;
    }
    const { module } = moduleFromFound(details.fullname, details.found);
    const g = module.dict;
    g.set('__name__', '__main__');
    g.set('__builtins__', builtinsModule);
    sysModules().set('__main__', module);
    argv.items[0] = A.mkStr(details.found.origin);
    const code = getCode(details.found.origin, details.fullname);
    runFrame(new FrameClass(codeValue(code), null, g, builtinsDict, g), null);
  } catch (e) {
    status = run.handleUncaught(e);
  }
  try {
    flushStd();
  } catch {
    // Nothing left to report it to.
  }
  return status;
}

"""Runs one CPython regression-test module under unittest and records every
test's outcome as a JSON line in the file named by argv[2], as each test
ends, so that a crash or a timeout still leaves what ran. The last line is
{"finished": true, ...} only when the whole module ran. The same driver runs
under python3 and under Typhon, so both count the same way.

    python3 driver.py test.test_bool OUT.jsonl
"""
import json
import sys
import unittest


def load(name):
    if name == 'test.test_datetime':
        try:
            import _datetime  # noqa: F401
        except ImportError:
            return pure_datetime_suite()
    return unittest.defaultTestLoader.loadTestsFromName(name)


def pure_datetime_suite():
    """test_datetime's load_tests runs test.datetimetester twice, over the
    pure datetime.py ("_Pure") and over the C _datetime ("_Fast"), and fails
    outright when _datetime is missing. Typhon's datetime is the pure module,
    so this loads the _Pure half the way load_tests does (same ids, same
    sys.modules swaps around each class); the _Fast half counts as not run."""
    from test.support.import_helper import import_fresh_module
    tests_name = 'test.datetimetester'
    try:
        module = import_fresh_module(tests_name, fresh=['datetime', '_strptime'],
                                     blocked=['_datetime'])
    finally:
        for modname in ('datetime', '_datetime', '_strptime'):
            sys.modules.pop(modname, None)
    classes = set()
    for obj in list(vars(module).values()):
        if isinstance(obj, type):
            if issubclass(obj, unittest.TestCase):
                classes.add(obj)
            elif issubclass(obj, unittest.TestSuite):
                classes.update(type(t) for t in obj())
    suite = unittest.TestSuite()
    for cls in sorted(classes, key=lambda c: c.__qualname__):
        cls.__name__ += '_Pure'
        cls.__qualname__ += '_Pure'

        def set_up_class(c, module=module):
            c._saved_modules = sys.modules.copy()
            sys.modules[tests_name] = module
            sys.modules['datetime'] = module.datetime_module
            sys.modules['_strptime'] = module._strptime

        def tear_down_class(c):
            sys.modules.clear()
            sys.modules.update(c._saved_modules)

        cls.setUpClass = classmethod(set_up_class)
        cls.tearDownClass = classmethod(tear_down_class)
        suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    return suite


def main():
    name, out_path = sys.argv[1], sys.argv[2]
    out = open(out_path, 'w', encoding='utf-8')

    def record(obj):
        out.write(json.dumps(obj) + '\n')
        out.flush()

    class Result(unittest.TestResult):
        def addSuccess(self, test):
            super().addSuccess(test)
            record({'id': test.id(), 'outcome': 'pass'})

        def addFailure(self, test, err):
            super().addFailure(test, err)
            record({'id': test.id(), 'outcome': 'fail', 'detail': self._last_line(err)})

        def addError(self, test, err):
            super().addError(test, err)
            record({'id': test.id(), 'outcome': 'error', 'detail': self._last_line(err)})

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            record({'id': test.id(), 'outcome': 'skip'})

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            record({'id': test.id(), 'outcome': 'pass'})

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            record({'id': test.id(), 'outcome': 'fail', 'detail': 'unexpected success'})

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                kind = 'fail' if issubclass(err[0], test.failureException) else 'error'
                record({'id': subtest.id(), 'outcome': kind, 'detail': self._last_line(err)})

        @staticmethod
        def _last_line(err):
            try:
                return ('%s: %s' % (err[0].__name__, err[1]))[:300]
            except Exception:
                return err[0].__name__

    try:
        suite = load(name)
    except BaseException as e:
        record({'load_error': '%s: %s' % (type(e).__name__, str(e)[:300])})
        return 1
    result = Result()
    suite.run(result)
    record({'finished': True, 'ran': result.testsRun})
    return 0


if __name__ == '__main__':
    sys.exit(main())

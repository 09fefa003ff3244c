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
        suite = unittest.defaultTestLoader.loadTestsFromName(name)
    except BaseException as e:
        record({'load_error': '%s: %s' % (type(e).__name__, str(e)[:300])})
        return 1
    result = Result()
    suite.run(result)
    record({'finished': True, 'ran': result.testsRun})
    return 0


if __name__ == '__main__':
    sys.exit(main())

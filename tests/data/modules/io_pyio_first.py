# _pyio imported before io (its own 'import io' then loads _io, which must not see this half-loaded _pyio).
import _pyio
import io
print(_pyio.DEFAULT_BUFFER_SIZE, io.DEFAULT_BUFFER_SIZE)
b = _pyio.BytesIO(b'abc')
print(b.read(), isinstance(b, io.IOBase), isinstance(io.BytesIO(), io.IOBase))
s = _pyio.StringIO('x\ny\n')
print(s.readlines())
print(io.open_code(__file__).read(7))
import _frozen_importlib, _frozen_importlib_external, importlib
print(_frozen_importlib is importlib._bootstrap, _frozen_importlib_external is importlib._bootstrap_external)

# Every encoding of the encodings package that needs no missing C module: encode a sample, decode all bytes.
import encodings.aliases, codecs
names = sorted(set(encodings.aliases.aliases.values()))
skip = {'big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr', 'gb18030', 'gb2312', 'gbk', 'hz',
        'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr', 'johab',
        'shift_jis', 'shift_jis_2004', 'shift_jisx0213', 'mbcs', 'oem', 'idna', 'base64_codec', 'bz2_codec', 'zlib_codec', 'quopri_codec', 'uu_codec', 'tactis'}
sample = 'Aé€Жλ\u3042\U0001f600~\\+-\x00\x7f\x80\xff'
for n in names:
    if n in skip: continue
    try:
        ci = codecs.lookup(n)
    except LookupError as e:
        print(n, 'LookupError', e); continue
    try:
        e = sample.encode(n, 'replace') if ci._is_text_encoding else codecs.encode(b'abc', n)
    except Exception as ex:
        e = '%s: %s' % (type(ex).__name__, ex)
    try:
        d = bytes(range(256)).decode(n, 'replace') if ci._is_text_encoding else codecs.decode(codecs.encode(b'abc', n), n)
    except Exception as ex:
        d = '%s: %s' % (type(ex).__name__, ex)
    print(n, ci.name, repr(e), repr(d))

# string and textwrap modules.
import string
import textwrap
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"), string.Template("$who likes $what").substitute(who="tim", what="pie"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("one two three four five six", width=12))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.shorten("Hello there, this is a long sentence", width=20), textwrap.indent("a\nb", "> "))

"""Words of a document and where they stand: in quotes, at a sentence start, capitalised.

Offsets are character offsets into the Python string; spin.py turns them into
byte offsets of the UTF-8 text when it writes a record. The same word
definition serves the spinner and profile.py, so what one makes the other
counts.
"""
import re

WORD = re.compile(r"[A-Za-z0-9]+(?:[-'\u2019][A-Za-z0-9]+)*")

# Closed-class words: a swap made only of these is a "function words only"
# swap in spinner-profiles.md.
FUNCTION_WORDS = frozenset("""
a an the this that these those some any each every no all both either neither
i me my mine we us our ours you your yours he him his she her hers it its they
them their theirs who whom whose which what where when why how whether
and or but nor so yet if then than because although though while as since until
unless once after before about above across against along among around at by
down during except for from in inside into like near of off on onto out outside
over past per through throughout to toward towards under up upon with within
without be am is are was were been being have has had having do does did done
doing will would shall should can could may might must not also too very just
there here more most less least such only own same other another many much few
several enough
""".split())

# The core of the closed class: pronouns, articles, auxiliaries, modals and
# the commonest particles. Thesaurus spinners leave them (a thesaurus lists
# "superego" for "they"); the WordNet family does not.
CORE_FUNCTION_WORDS = frozenset("""
a an the i me my mine we us our ours you your yours he him his she her hers it
its they them their theirs who whom whose which that this these those be am is
are was were been being have has had having do does did will would shall should
can could may might must to of and or not
""".split())

_OPENERS = "\"'\u201c\u2018([{"
_SENTENCE_END = ".!?"


class Token:
    __slots__ = ("start", "end", "text", "in_quote", "sentence_initial", "index")

    def __init__(self, start, end, text, index):
        self.start, self.end, self.text, self.index = start, end, text, index
        self.in_quote = False
        self.sentence_initial = False

    @property
    def lower(self):
        return self.text.lower()

    @property
    def capitalised(self):
        return self.text[:1].isupper()

    def __repr__(self):
        return f"Token({self.text!r}@{self.start})"


def quote_spans(text):
    """[(start, end)] of quoted stretches: "..." (straight quotes pair up) and
    \u201c...\u201d. A quote still open at a line end closes there: news quotes do
    not run on, and a stray mark must not swallow the rest of the document."""
    spans, opened = [], None
    for i, c in enumerate(text):
        if c == "\n":
            if opened is not None:
                spans.append((opened, i))
                opened = None
        elif c == "\u201c" or (c == '"' and opened is None):
            if opened is None:
                opened = i
        elif c == "\u201d" or c == '"':
            if opened is not None:
                spans.append((opened, i + 1))
                opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _starts_sentence(text, start):
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in "\r\n" or text[i] in _SENTENCE_END


def tokenize(text):
    tokens = [Token(m.start(), m.end(), m.group(), i)
              for i, m in enumerate(WORD.finditer(text))]
    spans = quote_spans(text)
    k = 0
    for t in tokens:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        t.in_quote = k < len(spans) and spans[k][0] <= t.start < spans[k][1]
        t.sentence_initial = _starts_sentence(text, t.start)
    return tokens


def joined(text, tokens, i, n):
    """The phrase of tokens[i:i+n] if only single spaces separate them, else None."""
    if i + n > len(tokens):
        return None
    for j in range(i, i + n - 1):
        if text[tokens[j].end:tokens[j + 1].start] != " ":
            return None
    return text[tokens[i].start:tokens[i + n - 1].end]


def names_mid_sentence(tokens):
    """Capitalised words the document writes inside sentences: its names."""
    return {t.text for t in tokens
            if t.capitalised and not t.sentence_initial and t.text != "I"}


def is_name(token, names):
    """A capitalised word not there because a sentence starts, or a sentence
    start the document also capitalises mid-sentence ("Obama said ... Obama").
    NAMES comes from names_mid_sentence(). "I" is a pronoun, not a name."""
    if not token.capitalised or token.text == "I":
        return False
    return not token.sentence_initial or token.text in names


def match_case(model, replacement):
    """REPLACEMENT written in the case pattern of MODEL (lower, Capitalised, UPPER)."""
    if len(model) > 1 and model.isupper() and any(c.isalpha() for c in replacement):
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement

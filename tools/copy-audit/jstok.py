"""Rough JavaScript tokenizer for similarity audits (not a parser).

tokenize(src) -> (tokens, comments)
  tokens:   list of (kind, text, line)   kind in {id, kw, num, str, tpl, re, punc}
  comments: list of (text_line, line)    one entry per physical comment line
"""
import re

KEYWORDS = set('''break case catch class const continue debugger default delete do else export extends
finally for function if import in instanceof let new return super switch this throw try typeof var void
while with yield async await static get set of null undefined true false'''.split())

# keywords after which a '/' starts a regular expression
RE_AFTER_KW = {'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case',
               'do', 'else', 'yield', 'await'}

PUNCS = sorted('''>>>= ... === !== **= <<= >>= >>> ?? ??= ?. &&= ||= => == != <= >= && || ++ -- += -= *= /= %=
&= |= ^= << >> ** { } ( ) [ ] ; , < > + - * / % & | ^ ! ~ ? : = . @ #'''.split(), key=len, reverse=True)

ID_RE = re.compile(r'#?[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*')
NUM_RE = re.compile(r'(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?')


def tokenize(src):
    toks, comments = [], []
    i, n, line = 0, len(src), 1
    brace_stack = []  # for template literal ${ } nesting: True = template brace

    def prev_allows_regex():
        if not toks:
            return True
        k, t, _ = toks[-1]
        if k in ('num', 'str', 'tpl', 're'):
            return False
        if k == 'id':
            return False
        if k == 'kw':
            return t in RE_AFTER_KW
        return t not in (')', ']', '}')

    def read_template(i, line):
        # i points just after '`' or after '}' closing a substitution; returns (end_index, line, ended_with_subst)
        while i < n:
            c = src[i]
            if c == '\\':
                i += 2
                continue
            if c == '`':
                return i + 1, line, False
            if c == '$' and i + 1 < n and src[i + 1] == '{':
                return i + 2, line, True
            if c == '\n':
                line += 1
            i += 1
        return i, line, False

    while i < n:
        c = src[i]
        if c == '\n':
            line += 1
            i += 1
            continue
        if c in ' \t\r\f\v\ufeff\u00a0\u2028\u2029':
            i += 1
            continue
        if src.startswith('//', i) or (i == 0 and src.startswith('#!')):
            j = src.find('\n', i)
            j = n if j < 0 else j
            comments.append((src[i + 2:j], line))
            i = j
            continue
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j
            for k, part in enumerate(src[i + 2:j].split('\n')):
                comments.append((part, line + k))
            line += src.count('\n', i, j)
            i = j + 2
            continue
        if c in '\'"':
            j = i + 1
            while j < n and src[j] != c and src[j] != '\n':
                j += 2 if src[j] == '\\' else 1
            toks.append(('str', src[i:j + 1], line))
            i = j + 1
            continue
        if c == '`':
            start, sline = i, line
            i, line, subst = read_template(i + 1, line)
            toks.append(('tpl', src[start:i], sline))
            if subst:
                brace_stack.append(True)
            continue
        if c == '}' and brace_stack and brace_stack[-1]:
            brace_stack.pop()
            start, sline = i, line
            i, line, subst = read_template(i + 1, line)
            toks.append(('tpl', src[start:i], sline))
            if subst:
                brace_stack.append(True)
            continue
        if c == '/' and prev_allows_regex():
            j, in_class = i + 1, False
            while j < n and src[j] != '\n':
                ch = src[j]
                if ch == '\\':
                    j += 2
                    continue
                if ch == '[':
                    in_class = True
                elif ch == ']':
                    in_class = False
                elif ch == '/' and not in_class:
                    break
                j += 1
            j += 1
            while j < n and (src[j].isalnum() or src[j] == '$'):
                j += 1
            toks.append(('re', src[i:j], line))
            i = j
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and src[i + 1].isdigit()):
            m = NUM_RE.match(src, i)
            toks.append(('num', m.group(0), line))
            i = m.end()
            continue
        m = ID_RE.match(src, i)
        if m:
            t = m.group(0)
            toks.append(('kw' if t in KEYWORDS else 'id', t, line))
            i = m.end()
            continue
        for p in PUNCS:
            if src.startswith(p, i):
                if p == '{':
                    brace_stack.append(False)
                elif p == '}' and brace_stack:
                    brace_stack.pop()
                toks.append(('punc', p, line))
                i += len(p)
                break
        else:
            toks.append(('punc', c, line))
            i += 1
    return toks, comments

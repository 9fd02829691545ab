#!/usr/bin/env python3
"""Copying audit: jnode's JS (and Java comments) against Node's lib sources.

Usage:  tools/copy-audit/run.sh [--ours DIR] [--java DIR] [--out FILE]   (from the project root; ~30 s)
run.sh first dumps Node's lib from the Node 24 oracle binary (the exact sources of that release) into
.tools/node-lib (git-ignored: Node's code is read here, never committed).

Reports
  1. per file: name-matched Node file, line-level similarity ratio (difflib over structure-normalised lines),
     share of our tokens inside exact common runs (>= 20 tokens) with any Node file;
  2. long common token runs: EXACT (same tokens; strings compared without quote style) >= MIN_EXACT tokens and
     STRUCT (identifiers/literals abstracted, property names kept) >= MIN_STRUCT tokens, runs separated by
     small gaps chained together;
  3. identical comment lines/sentences (JS and Java comments vs Node's JS comments).
"""
import argparse, collections, difflib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jstok import tokenize

K = 12            # k-gram length for seeding
MIN_EXACT = 40
MIN_STRUCT = 80
GAP = 6           # max tokens skipped on either side when chaining runs
MAX_POSTING = 60
TABLE_LIT = 0.6  # share of literal/list tokens above which a run is reported as table-like  # ignore k-grams that are too common in Node's corpus

EXTRA_MAP = {  # our file -> Node files it plays the role of (besides the same name)
    'internal/path/win32.js': ['path.js'],
    'path/posix.js': ['path.js'],
    'path/win32.js': ['path.js'],
    'internal/fs/ops.js': ['fs.js', 'internal/fs/promises.js'],
    'fs/promises.js': ['internal/fs/promises.js'],
    'internal/console/table.js': ['internal/cli_table.js'],
    'internal/bootstrap/builtins.js': ['internal/bootstrap/realm.js'],
    'internal/bootstrap/node.js': ['internal/bootstrap/node.js', 'internal/process/per_thread.js'],
    'internal/process/object.js': ['internal/process/per_thread.js', 'internal/bootstrap/node.js'],
    'internal/main.js': ['internal/main/run_main_module.js', 'internal/modules/run_main.js'],
    'internal/process/fatal.js': ['internal/process/execution.js'],
    'internal/process/stdio.js': ['internal/bootstrap/switches/is_main_thread.js'],
    'internal/structured_clone.js': ['internal/worker/js_transferable.js'],
    'internal/util/caller.js': ['internal/util.js'],
    'internal/child_process.js': ['internal/child_process.js', 'child_process.js'],
    'internal/timers.js': ['internal/timers.js', 'timers.js'],
    'util/types.js': ['internal/util/types.js'],
    'assert/strict.js': ['assert/strict.js'],
    'internal/constants.js': ['internal/constants.js'],
    'internal/options.js': ['internal/options.js'],
    'internal/process/env_flags.js': ['internal/process/per_thread.js'],
}

PROP_PREV = {'.', '?.'}


def exact_key(tok):
    k, t, _ = tok
    if k == 'str':
        return 's:' + t[1:-1]
    return t


def struct_keys(toks):
    out = []
    for idx, (k, t, _) in enumerate(toks):
        if k == 'id':
            prev = toks[idx - 1][1] if idx else ''
            out.append(t if prev in PROP_PREV else 'I')
        elif k in ('str', 'tpl', 're', 'num'):
            out.append(k.upper())
        else:
            out.append(t)
    return out


class File:
    def __init__(self, path, rel):
        self.path, self.rel = path, rel
        self.src = open(path, encoding='utf-8', errors='replace').read()
        self.lines = self.src.split('\n')
        self.toks, self.comments = tokenize(self.src)
        self.exact = [exact_key(t) for t in self.toks]
        self.struct = struct_keys(self.toks)

    def line_of(self, ti):
        return self.toks[min(ti, len(self.toks) - 1)][2]


def js_files(root, skip=()):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if os.path.relpath(os.path.join(d, x), root) not in skip]
        for f in files:
            if f.endswith('.js'):
                p = os.path.join(d, f)
                yield p, os.path.relpath(p, root)


def build_index(nodes, attr):
    idx = collections.defaultdict(list)
    for fi, nf in enumerate(nodes):
        seq = getattr(nf, attr)
        for j in range(len(seq) - K + 1):
            idx[hash(tuple(seq[j:j + K]))].append((fi, j))
    return {h: v for h, v in idx.items() if len(v) <= MAX_POSTING}


def find_runs(ours, nodes, index, attr, min_seed=K):
    """Maximal common runs (our_start, node_file, node_start, length), each diagonal reported once."""
    a = getattr(ours, attr)
    runs, diag_end = [], {}
    for i in range(len(a) - K + 1):
        for fi, j in index.get(hash(tuple(a[i:i + K])), ()):
            d = (fi, j - i)
            if diag_end.get(d, -1) > i:
                continue
            b = getattr(nodes[fi], attr)
            L = 0
            while i + L < len(a) and j + L < len(b) and a[i + L] == b[j + L]:
                L += 1
            diag_end[d] = i + L
            if L >= min_seed:
                runs.append((i, fi, j, L))
    return runs


def chain(runs):
    """Chain runs on the same Node file separated by small gaps (renamed identifier, inserted token)."""
    by_file = collections.defaultdict(list)
    for r in runs:
        by_file[r[1]].append(r)
    chains = []
    for fi, rs in by_file.items():
        rs.sort()
        used = [False] * len(rs)
        for s in range(len(rs)):
            if used[s]:
                continue
            used[s] = True
            cur = [rs[s]]
            for t in range(s + 1, len(rs)):
                if used[t]:
                    continue
                li, _, lj, ll = cur[-1]
                ni, _, nj, nl = rs[t]
                gi, gj = ni - (li + ll), nj - (lj + ll)
                if ni > li + ll + GAP:
                    break
                if -2 <= gi <= GAP and -2 <= gj <= GAP:
                    cur.append(rs[t])
                    used[t] = True
            i0, j0 = cur[0][0], cur[0][2]
            i1 = max(r[0] + r[3] for r in cur)
            j1 = max(r[2] + r[3] for r in cur)
            covered = sum(r[3] for r in cur)
            chains.append((covered, i0, i1, fi, j0, j1))
    return chains


def literal_share(f, i0, i1):
    toks = f.toks[i0:i1]
    lit = sum(1 for k, t, _ in toks if k in ('str', 'num', 'tpl') or t in (',', ':', '[', ']', '{', '}'))
    return lit / max(1, len(toks))


def norm_line_struct(f):
    by_line = collections.defaultdict(list)
    for tok, key in zip(f.toks, f.struct):
        by_line[tok[2]].append(key)
    return [' '.join(v) for _, v in sorted(by_line.items())]


COMMENT_STRIP = re.compile(r'^[\s*/#-]+|[\s*/]+$')


def norm_comment(s):
    s = COMMENT_STRIP.sub('', s)
    return re.sub(r'\s+', ' ', s).strip().lower()


def comment_units(comments):
    """Yield (normalised text, line) for single comment lines and sentences of joined comment blocks."""
    out = []
    block, bline, last = [], None, None
    for text, line in comments + [('', 10 ** 9)]:
        t = norm_comment(text)
        if last is not None and line != last + 1 or not t:
            if block:
                joined = ' '.join(block)
                for sent in re.split(r'(?<=[.!?])\s+', joined):
                    out.append((sent, bline))
            block, bline = [], None
        if t:
            if bline is None:
                bline = line
            block.append(t)
            out.append((t, line))
        last = line
    return out


def interesting_comment(t):
    return len(t) >= 28 and len(t.split()) >= 5 and not t.startswith(('eslint', 'todo', 'https://', 'http://', 'see '))


def java_comments(path):
    src = open(path, encoding='utf-8', errors='replace').read()
    out = []
    for m in re.finditer(r'//[^\n]*|/\*.*?\*/', src, re.S):
        line = src.count('\n', 0, m.start()) + 1
        body = m.group(0)
        body = body[2:] if body.startswith('//') else body[2:-2]
        for k, part in enumerate(body.split('\n')):
            out.append((part, line + k))
    return out


def excerpt(f, line, n=3):
    return [f'{line + k:5d}| {f.lines[line - 1 + k][:110]}' for k in range(n) if line - 1 + k < len(f.lines)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ours', default='src/main/resources/jnode/lib')
    ap.add_argument('--node', default='.tools/node-lib')
    ap.add_argument('--java', default='src/main/java')
    ap.add_argument('--out', default='target/copy-audit.txt')
    args = ap.parse_args()

    nodes = [File(p, r) for p, r in js_files(args.node, skip={'internal/deps'})]
    node_by_rel = {f.rel: i for i, f in enumerate(nodes)}
    ours = [File(p, r) for p, r in sorted(js_files(args.ours), key=lambda x: x[1])]
    print(f'node files {len(nodes)}, our files {len(ours)}', file=sys.stderr)
    ex_index = build_index(nodes, 'exact')
    st_index = build_index(nodes, 'struct')

    out = []
    summary, findings = [], []
    for of in ours:
        ex_runs = find_runs(of, nodes, ex_index, 'exact')
        st_runs = find_runs(of, nodes, st_index, 'struct')
        covered = set()
        for i, fi, j, L in ex_runs:
            if L >= 20:
                covered.update(range(i, i + L))
        cov = len(covered) / max(1, len(of.toks))
        st_covered = set()
        for i, fi, j, L in st_runs:
            if L >= 30:
                st_covered.update(range(i, i + L))
        st_cov = len(st_covered) / max(1, len(of.toks))
        # name-matched ratio
        cands = [of.rel] + EXTRA_MAP.get(of.rel, [])
        best = (0.0, '-')
        ol = norm_line_struct(of)
        for c in dict.fromkeys(cands):
            if c in node_by_rel:
                nl = norm_line_struct(nodes[node_by_rel[c]])
                sm = difflib.SequenceMatcher(None, ol, nl, autojunk=False)
                r = sm.ratio()
                if r > best[0]:
                    best = (r, c)
        summary.append((cov, st_cov, best[0], of.rel, best[1], len(of.toks)))
        for kind, runs, minlen in (('EXACT', ex_runs, MIN_EXACT), ('STRUCT', st_runs, MIN_STRUCT)):
            for covered_n, i0, i1, fi, j0, j1 in chain(runs):
                if covered_n < minlen:
                    continue
                nf = nodes[fi]
                findings.append(dict(kind=kind, n=covered_n, ours=of, i0=i0, i1=i1, node=nf, j0=j0, j1=j1,
                                     lit=literal_share(of, i0, i1)))

    out.append('== 1. Per-file summary (sorted by exact-run coverage) ==')
    out.append('exactCov = share of our tokens in identical runs >= 20 tokens; structCov = in identifier-abstracted runs >= 30')
    out.append(f'{"exactCov":>8} {"structCov":>9} {"lineRatio":>9} {"tokens":>6}  our file  ->  best name-matched Node file')
    for cov, st_cov, r, rel, nrel, nt in sorted(summary, reverse=True):
        out.append(f'{cov:8.1%} {st_cov:9.1%} {r:9.2f} {nt:6d}  {rel}  ->  {nrel}')

    out.append('\n== 2. Long common runs (sorted by length; lit = share of literal/list tokens, high => table-like) ==')
    # drop STRUCT findings fully inside an EXACT finding of the same pair
    exact_spans = [(f['ours'].rel, f['node'].rel, f['i0'], f['i1']) for f in findings if f['kind'] == 'EXACT']
    def shadowed(f):
        return f['kind'] == 'STRUCT' and any(o == f['ours'].rel and n == f['node'].rel and a <= f['i0'] and f['i1'] <= b + 5
                                               for o, n, a, b in exact_spans)
    reported = collections.defaultdict(set)  # our file -> token indexes already shown
    table_like, code_like = [], []
    for f in sorted((f for f in findings if not shadowed(f)), key=lambda f: (-f['n'], f['kind'])):
        of, nf = f['ours'], f['node']
        span = set(range(f['i0'], f['i1']))
        if len(span & reported[of.rel]) >= 0.7 * len(span):
            continue  # same region of ours already reported (overlapping chain or other Node file)
        reported[of.rel] |= span
        if f['lit'] >= TABLE_LIT:
            table_like.append(f)
            continue
        code_like.append(f)
        ol0, ol1 = of.line_of(f['i0']), of.line_of(f['i1'] - 1)
        nl0, nl1 = nf.line_of(f['j0']), nf.line_of(f['j1'] - 1)
        out.append(f"\n[{f['kind']} {f['n']} tok, lit={f['lit']:.2f}] ours {of.rel}:{ol0}-{ol1}  ~  node lib/{nf.rel}:{nl0}-{nl1}")
        out += ['   ours ' + s for s in excerpt(of, ol0)]
        out += ['   node ' + s for s in excerpt(nf, nl0)]

    per_file = collections.defaultdict(lambda: [0, 0, set()])
    for f in code_like:
        pf = per_file[f['ours'].rel]
        pf[0] += 1
        pf[1] += len(set(range(f['i0'], f['i1'])) - pf[2])
        pf[2] |= set(range(f['i0'], f['i1']))
    ntoks = {of.rel: len(of.toks) for of in ours}
    out.append('\n== 2a. Per-file totals of code-like common runs (ranking aid) ==')
    for rel, (cnt, tok, _) in sorted(per_file.items(), key=lambda kv: -kv[1][1]):
        out.append(f'  {tok:6d} tok ({tok / ntoks[rel]:5.1%} of file) in {cnt:3d} runs  {rel}')
    out.append('\n== 2b. Table-like common runs (mostly literals/lists; usually category (a)) ==')
    for f in table_like:
        of, nf = f['ours'], f['node']
        out.append(f"  [{f['kind']} {f['n']} tok, lit={f['lit']:.2f}] ours {of.rel}:{of.line_of(f['i0'])}-{of.line_of(f['i1'] - 1)}"
                   f"  ~  node lib/{nf.rel}:{nf.line_of(f['j0'])}-{nf.line_of(f['j1'] - 1)}")

    out.append('\n== 3. Identical comments (JS) ==')
    node_comments = {}
    for nf in nodes + [File(p, r) for p, r in js_files(os.path.join(args.node, 'internal/deps'))]:
        for t, line in comment_units(nf.comments):
            if interesting_comment(t):
                node_comments.setdefault(t, f'{nf.rel}:{line}')
    for of in ours:
        seen = set()
        for t, line in comment_units(of.comments):
            if interesting_comment(t) and t in node_comments and t not in seen:
                seen.add(t)
                out.append(f'  {of.rel}:{line}  ==  node lib/{node_comments[t]}  | {t[:120]}')

    out.append('\n== 4. Identical comments (Java vs Node JS comments) ==')
    for d, _, files in os.walk(args.java):
        for fn in sorted(files):
            if fn.endswith('.java'):
                p = os.path.join(d, fn)
                seen = set()
                for t, line in comment_units(java_comments(p)):
                    if interesting_comment(t) and t in node_comments and t not in seen:
                        seen.add(t)
                        out.append(f'  {os.path.relpath(p, args.java)}:{line}  ==  node lib/{node_comments[t]}  | {t[:120]}')

    open(args.out, 'w').write('\n'.join(out) + '\n')
    print(f'wrote {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()

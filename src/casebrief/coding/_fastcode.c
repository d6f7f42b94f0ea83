/* Compiled coding of ASCII sentences: the same rules as matcher.py and text/scopes.py.

   The Python modules are the specification; this file implements them for sentences that are
   pure ASCII (nearly all of a report), where "word", "whitespace" and case folding are simple
   byte tests.  For any other sentence Engine.code returns None and the caller uses Python.
   tests/test_fastcode.py checks that both give the same codings on many sentences.

   Matching: every word of the sentence is looked up in hash tables of the codebook's anchor
   words and anchor prefixes; each anchor names the patterns it can start, and each pattern's
   trie is walked from the start positions the anchor allows (matcher._Scanner.find).
   Scope rules: the regular expressions of scopes.py, written out as byte comparisons. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NONE (-1000000)
#define UNKNOWN (-2) /* a word id not looked up yet */
#define UNKNOWN_WRITTEN (-3) /* the id of a word with capitals, as written, not looked up yet */
#define MAX_SCOPE_WORDS 14
#define MAX_LIST_WORDS 30

/* ------------------------------------------------------------------ byte classes */

static unsigned char WORDCH[256]; /* \w for ASCII: [A-Za-z0-9_] */
static unsigned char SPACECH[256]; /* str.isspace() and \s for ASCII */
static unsigned char ALNUM[256];   /* [A-Za-z0-9]: casebrief's WORD */
static unsigned char KEY37[256];   /* a-z: 0-25, 0-9: 26-35, anything else: 36 */
static unsigned char LOWER[256];   /* ASCII lower case */

static void init_classes(void) {
    for (int c = 0; c < 256; c++) {
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        ALNUM[c] = (unsigned char)alnum;
        WORDCH[c] = (unsigned char)(alnum || c == '_');
        SPACECH[c] = (unsigned char)(c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31));
        LOWER[c] = (unsigned char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        KEY37[c] = (unsigned char)((c >= 'a' && c <= 'z')   ? c - 'a'
                                   : (c >= '0' && c <= '9') ? c - '0' + 26
                                                            : 36);
    }
}

/* ------------------------------------------------------------------ string hash table */

typedef struct {
    uint64_t hash;
    char *key;
    int len;
    int id;
} Slot;

typedef struct {
    Slot *slots;
    size_t mask;
} Table;

#define FNV_START 1469598103934665603ULL
#define FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 1099511628211ULL)

static uint64_t fnv(const char *s, int n) {
    uint64_t h = FNV_START;
    for (int i = 0; i < n; i++) h = FNV_STEP(h, s[i]);
    return h;
}

static int table_init(Table *t, Py_ssize_t count) {
    size_t cap = 16;
    while (cap < (size_t)count * 2 + 1) cap <<= 1;
    t->slots = PyMem_Calloc(cap, sizeof(Slot));
    t->mask = cap - 1;
    return t->slots ? 0 : -1;
}

static void table_free(Table *t) {
    if (!t->slots) return;
    for (size_t i = 0; i <= t->mask; i++) PyMem_Free(t->slots[i].key);
    PyMem_Free(t->slots);
    t->slots = NULL;
}

/* memcmp for the short strings here, without a library call. */
static inline int same(const char *a, const char *b, int n) {
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

static int table_get(const Table *t, const char *s, int n, uint64_t h) {
    size_t i = h & t->mask;
    while (t->slots[i].key) {
        const Slot *slot = &t->slots[i];
        if (slot->hash == h && slot->len == n && same(slot->key, s, n)) return slot->id;
        i = (i + 1) & t->mask;
    }
    return -1;
}

static int table_put(Table *t, const char *s, int n, int id) {
    uint64_t h = fnv(s, n);
    size_t i = h & t->mask;
    while (t->slots[i].key) {
        if (t->slots[i].hash == h && t->slots[i].len == n && memcmp(t->slots[i].key, s, n) == 0)
            return 0;
        i = (i + 1) & t->mask;
    }
    char *copy = PyMem_Malloc(n + 1);
    if (!copy) return -1;
    memcpy(copy, s, n);
    copy[n] = 0;
    t->slots[i] = (Slot){h, copy, n, id};
    return 0;
}

/* ------------------------------------------------------------------ compiled codebook */

typedef struct {
    int word;
    int child;
} Edge;

enum { OTHER_PRE = 0, OTHER_NUM = 1, OTHER_GAP = 2 };

typedef struct {
    int kind;
    int gap;
    int child;
    char *pre;
    int prelen;
} Other;

typedef struct {
    int terminal;
    int nlits, ncased, nothers;
    Edge *lits; /* sorted by word id */
    Edge *cased;
    Other *others;
} Node;

typedef struct {
    int root, theme, role, source;
    uint64_t first_letters; /* bit per KEY37 code of the letters a match can start with */
    /* Word sets of which a matching sentence holds a member each (matcher._slots), CSR: slot k
       is slot_items[slot_off[k]:slot_off[k + 1]], each a marker (word id * 2, or prefix id *
       2 + 1 for a word that starts so). */
    int nslots;
    int *slot_off;
    int *slot_items;
} Pattern;

typedef struct {
    int pid, lo, hi;
} Anchor;

typedef struct {
    int npat;
    Pattern *pats;
    int *word_off; /* CSR over word ids -> anchors */
    Anchor *word_anchors;
    int *pre_off; /* CSR over prefix ids -> anchors */
    Anchor *pre_anchors;
    int nun;
    int *unanchored;
    int *first_seq; /* per pattern, during one run: sequence number of its first hit, or -1 */
    uint64_t bit;   /* this scanner's bit in Engine.scanners_hit */
} Scanner;

enum { ROLE_PATTERN = 0, ROLE_EXCLUDE = 1, ROLE_CONTEXT = 2 };

typedef struct {
    int rank;            /* position of the theme id in sorted order */
    uint64_t sections;   /* bit per section kind code; 0: any section */
    int needs_context;
    int checks;          /* scanner index of its exclude/context patterns, or -1 */
} Theme;

/* Per-sentence working memory, reused between calls. */
typedef struct {
    int w, pid, lo, hi;
} Cand;

typedef struct {
    int pid, start, end, first_seq, seq, theme, source;
} Hit;

typedef struct {
    int start, end, source, theme, rank;
    int negated, hedged, generic, practice;
} Span;

#define STARTS (37 * 37 * 37)

typedef struct {
    PyObject_HEAD
    Table words;
    Table anchor_words; /* the words that anchor a pattern or fill a slot, with their ids */
    Table prefixes;
    int nwords, nprefixes, max_prefix;
    int nnodes;
    Node *nodes;
    int nscanners;
    Scanner *scanners;
    /* Bit k: scanner k has an anchor on this word / prefix (all bits past 63 scanners). */
    uint64_t *word_scanners, *prefix_scanners;
    unsigned char *required_words; /* per word id: in some pattern's slots (set-up only) */
    /* Per word / prefix id: the number of the last sentence that held it (stamp). */
    uint32_t *word_seen, *prefix_seen;
    uint32_t stamp;
    uint64_t scanners_hit; /* for the sentence being coded: scanners with an anchor in it */
    int nthemes;
    Theme *themes;
    uint64_t sectioned_kinds;
    uint64_t general_kinds; /* section kinds whose sentences speak in general */
    int has_cased;
    /* What a coding tuple is made of (coder.Coding's fields) */
    PyObject *theme_ids;   /* tuple of str, by theme index */
    PyObject *categories;  /* tuple of str, by theme index */
    unsigned char *exempt; /* by theme index: its category is exempt from negation */
    PyObject *sources;     /* tuple of str, by source index */
    PyObject *confidence[8]; /* float by negated * 4 + hedged * 2 + generic */
    PyObject *kind_codes;  /* dict: section kind -> code */
    PyTypeObject *coding_type; /* coder.Coding, a tuple subclass with 12 fields */
    PyObject *last_kind_name;  /* the section kind last looked up, and its code */
    long last_kind;
    /* Bit per first three letters (a-z, 0-9, or none for a shorter word) of the words and of
       the anchor prefixes: most words of a sentence are in neither table, and this says so
       without hashing them. */
    unsigned char word_start[STARTS / 8 + 1];
    unsigned char anchor_start[STARTS / 8 + 1];
    unsigned char prefix_start[STARTS / 8 + 1];
    /* Per first three letters of an anchor prefix, the lengths of the prefixes that start so
       (bit L for length L; bit 31 for 31 and longer), sorted by key. */
    int nprefix_keys;
    int *prefix_keys;
    uint32_t *prefix_lengths;
    /* working memory */
    char *lw;
    size_t lw_cap;
    int *ws, *we; /* per word: start and end */
    int *lid, *oid; /* per word: word table id of its lower-case and written forms, or UNKNOWN */
    int *wpre_off; /* per word: its anchor prefixes in wpre[wpre_off[w]:wpre_off[w + 1]] */
    int *anchored; /* the words that are anchors or start with an anchor prefix, in order */
    size_t w_cap;
    int *wpre;
    size_t wpre_cap;
    int nw, nanchored;
    const char *text;
    Cand *cands;
    size_t c_cap, nc;
    Hit *hits;
    size_t h_cap, nh;
    int seq;
    Span *spans;
    size_t s_cap;
    int *theme_hit;   /* per theme: has hits */
    int *theme_flags; /* per theme: 1 excluded, 2 has context */
    char *buf;
    size_t buf_cap;
    int *breaks; /* start and end of each clause break */
    size_t breaks_cap;
    int nbreaks;
    int *runs; /* start, end and cue mask of each \w run of the sentence, for the scope rules */
    size_t runs_cap;
    int nruns;
} Engine;

static int grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return 0;
    size_t cap2 = *cap ? *cap : 64;
    while (cap2 < need) cap2 *= 2;
    void *q = PyMem_Realloc(*p, cap2 * elem);
    if (!q) {
        PyErr_NoMemory();
        return -1;
    }
    *p = q;
    *cap = cap2;
    return 0;
}

/* ------------------------------------------------------------------ sentence words */

static inline int start_key(const char *w, int len) {
    int a = KEY37[(unsigned char)w[0]];
    int b = len > 1 ? KEY37[(unsigned char)w[1]] : 36;
    int c = len > 2 ? KEY37[(unsigned char)w[2]] : 36;
    return (a * 37 + b) * 37 + c;
}

static inline int has_start(const unsigned char *bits, int key) {
    return bits[key >> 3] & (1 << (key & 7));
}

static int grow_words(Engine *e, size_t need) {
    size_t c0 = e->w_cap, c1 = e->w_cap, c2 = e->w_cap, c3 = e->w_cap, c4 = e->w_cap,
           c5 = e->w_cap;
    if (grow((void **)&e->ws, &c0, need, sizeof(int)) < 0 ||
        grow((void **)&e->we, &c1, need, sizeof(int)) < 0 ||
        grow((void **)&e->lid, &c2, need, sizeof(int)) < 0 ||
        grow((void **)&e->oid, &c3, need, sizeof(int)) < 0 ||
        grow((void **)&e->wpre_off, &c4, need, sizeof(int)) < 0 ||
        grow((void **)&e->anchored, &c5, need, sizeof(int)) < 0)
        return -1;
    e->w_cap = c0;
    return 0;
}

static uint32_t prefix_lengths(const Engine *e, int key) {
    if (!has_start(e->prefix_start, key)) return 0;
    int a = 0, b = e->nprefix_keys - 1;
    while (a <= b) {
        int mid = (a + b) / 2;
        if (e->prefix_keys[mid] == key) return e->prefix_lengths[mid];
        if (e->prefix_keys[mid] < key) a = mid + 1;
        else b = mid - 1;
    }
    return 0xffffffffu; /* a prefix the key cannot describe: look at every length */
}

/* One pass over the sentence: its lower-cased copy, its words (WORD: [A-Za-z0-9]+), the id
   of each word that anchors a pattern, and the anchor prefixes each word starts with, shortest
   first (the order in which the automaton of matcher.py reports them). */
static int tokenize(Engine *e, const char *s, Py_ssize_t n) {
    if (grow((void **)&e->lw, &e->lw_cap, (size_t)n + 1, 1) < 0) return -1;
    char *lw = e->lw;
    int nw = 0, npre = 0, nanchored = 0;
    Py_ssize_t i = 0;
    e->text = s;
    e->scanners_hit = 0;
    if (++e->stamp == 0) { /* wrapped: forget every sentence before */
        memset(e->word_seen, 0, (size_t)e->nwords * sizeof(uint32_t));
        memset(e->prefix_seen, 0, (size_t)e->nprefixes * sizeof(uint32_t));
        e->stamp = 1;
    }
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (!ALNUM[c]) {
            lw[i++] = (char)c; /* ASCII non-letters have no case */
            continue;
        }
        if ((size_t)nw + 2 > e->w_cap && grow_words(e, (size_t)nw + 2) < 0) return -1;
        e->wpre_off[nw] = npre;
        int upper = 0;
        Py_ssize_t j = i;
        while (j < n && ALNUM[c = (unsigned char)s[j]]) {
            upper |= LOWER[c] != c;
            lw[j++] = (char)LOWER[c];
        }
        int len = (int)(j - i);
        int key = start_key(lw + i, len < 3 ? len : 3);
        /* Hashes only for the few words whose first letters the tables know. */
        uint32_t prefixes = len >= 3 ? prefix_lengths(e, key) : 0;
        if (prefixes) {
            uint64_t h = FNV_START;
            int upto = len < e->max_prefix ? len : e->max_prefix;
            for (int L = 1; L <= upto; L++) {
                h = FNV_STEP(h, lw[i + L - 1]);
                if (L < 3 || !(prefixes & (1u << (L < 31 ? L : 31)))) continue;
                int id = table_get(&e->prefixes, lw + i, L, h);
                if (id < 0) continue;
                if (grow((void **)&e->wpre, &e->wpre_cap, (size_t)npre + 1, sizeof(int)) < 0)
                    return -1;
                e->wpre[npre++] = id;
            }
        }
        e->ws[nw] = (int)i;
        e->we[nw] = (int)j;
        /* Only anchor words are looked up now; other words when a trie asks (word_id). */
        int id = has_start(e->anchor_start, key)
                     ? table_get(&e->anchor_words, lw + i, len, fnv(lw + i, len))
                     : -1;
        e->lid[nw] = id >= 0 ? id : UNKNOWN;
        e->oid[nw] = upper ? UNKNOWN_WRITTEN : UNKNOWN;
        if (id >= 0) {
            e->scanners_hit |= e->word_scanners[id];
            e->word_seen[id] = e->stamp;
        }
        for (int k = e->wpre_off[nw]; k < npre; k++) {
            e->scanners_hit |= e->prefix_scanners[e->wpre[k]];
            e->prefix_seen[e->wpre[k]] = e->stamp;
        }
        if (id >= 0 || npre > e->wpre_off[nw]) e->anchored[nanchored++] = nw;
        nw++;
        i = j;
    }
    lw[n] = 0;
    e->nw = nw;
    e->nanchored = nanchored;
    if (nw) e->wpre_off[nw] = npre;
    return 0;
}

/* ------------------------------------------------------------------ trie verification */

/* The word table id of word i (lower case), or -1. */
static inline int word_id(Engine *e, int i) {
    int id = e->lid[i];
    if (id != UNKNOWN) return id;
    const char *w = e->lw + e->ws[i];
    int len = e->we[i] - e->ws[i];
    id = has_start(e->word_start, start_key(w, len < 3 ? len : 3))
             ? table_get(&e->words, w, len, fnv(w, len))
             : -1;
    e->lid[i] = id;
    return id;
}

/* The id of word i as written (for acronyms). */
static inline int written_id(Engine *e, int i) {
    if (e->oid[i] == UNKNOWN) return word_id(e, i); /* written in lower case */
    if (e->oid[i] == UNKNOWN_WRITTEN) {
        const char *w = e->text + e->ws[i];
        int len = e->we[i] - e->ws[i];
        e->oid[i] = table_get(&e->words, w, len, fnv(w, len));
    }
    return e->oid[i];
}

static int find_edge(const Edge *edges, int n, int word) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (edges[mid].word == word) return edges[mid].child;
        if (edges[mid].word < word) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

/* Index of the last word of the shortest match from word i (matcher._Node.match), or NONE. */
static int node_match(Engine *e, int ni, int i) {
    const Node *nd = &e->nodes[ni];
    if (nd->terminal) return i - 1;
    int n = e->nw;
    int best = NONE;
    if (i < n) {
        int id;
        if (nd->nlits && (id = word_id(e, i)) >= 0) {
            int c = find_edge(nd->lits, nd->nlits, id);
            if (c >= 0) {
                int r = node_match(e, c, i + 1);
                if (r != NONE && (best == NONE || r < best)) best = r;
            }
        }
        if (nd->ncased && (id = written_id(e, i)) >= 0) {
            int c = find_edge(nd->cased, nd->ncased, id);
            if (c >= 0) {
                int r = node_match(e, c, i + 1);
                if (r != NONE && (best == NONE || r < best)) best = r;
            }
        }
    }
    for (int k = 0; k < nd->nothers; k++) {
        const Other *o = &nd->others[k];
        if (o->kind == OTHER_GAP) {
            for (int skip = 0; skip <= o->gap; skip++) {
                if (i + skip > n) break;
                int r = node_match(e, o->child, i + skip);
                if (r != NONE && (best == NONE || r < best)) {
                    best = r;
                    break;
                }
            }
        } else if (i < n) {
            const char *w = e->lw + e->ws[i];
            int len = e->we[i] - e->ws[i];
            int ok;
            if (o->kind == OTHER_PRE) {
                ok = len >= o->prelen && same(w, o->pre, o->prelen);
            } else {
                ok = 1;
                for (int j = 0; j < len; j++)
                    if (w[j] < '0' || w[j] > '9') ok = 0;
            }
            if (ok) {
                int r = node_match(e, o->child, i + 1);
                if (r != NONE && (best == NONE || r < best)) best = r;
            }
        }
    }
    return best;
}

/* ------------------------------------------------------------------ scanning */

static int add_cand(Engine *e, size_t word_first, int w, const Anchor *a) {
    for (size_t k = word_first; k < e->nc; k++) {
        Cand *c = &e->cands[k];
        if (c->pid == a->pid) {
            if (a->lo < c->lo) c->lo = a->lo;
            if (a->hi > c->hi) c->hi = a->hi;
            return 0;
        }
    }
    if (grow((void **)&e->cands, &e->c_cap, e->nc + 1, sizeof(Cand)) < 0) return -1;
    e->cands[e->nc++] = (Cand){w, a->pid, a->lo, a->hi};
    return 0;
}

static int add_hit(Engine *e, Scanner *sc, int pid, int first, int last) {
    if (grow((void **)&e->hits, &e->h_cap, e->nh + 1, sizeof(Hit)) < 0) return -1;
    int seq = e->seq++;
    if (sc->first_seq[pid] < 0) sc->first_seq[pid] = seq;
    const Pattern *p = &sc->pats[pid];
    e->hits[e->nh++] = (Hit){pid, e->ws[first], e->we[last], sc->first_seq[pid], seq, p->theme,
                             p->source};
    return 0;
}

/* Whether the sentence holds a member of each of the pattern's slots: if not, no expansion of
   it can match, and its trie is not worth walking (matcher._Scanner.find's `worth`). */
static int worth_checking(const Engine *e, const Pattern *p) {
    for (int k = 0; k < p->nslots; k++) {
        int held = 0;
        for (int j = p->slot_off[k]; j < p->slot_off[k + 1] && !held; j++) {
            int m = p->slot_items[j];
            held = (m & 1 ? e->prefix_seen[m >> 1] : e->word_seen[m >> 1]) == e->stamp;
        }
        if (!held) return 0;
    }
    return 1;
}

/* Append the scanner's hits to e->hits (matcher._Scanner.find). */
static int run_scanner(Engine *e, Scanner *sc) {
    size_t hits_from = e->nh;
    e->nc = 0;
    /* No anchor of this scanner in the sentence, and no pattern without one: nothing to find. */
    if (!(e->scanners_hit & sc->bit) && sc->nun == 0) return 0;
    /* Only the words with an anchor or an anchor prefix can propose a start. */
    for (int a = 0; a < e->nanchored; a++) {
        int w = e->anchored[a];
        size_t word_first = e->nc;
        /* Prefix anchors in order of length, then the whole word: the automaton's order. */
        for (int p = e->wpre_off[w]; p < e->wpre_off[w + 1]; p++) {
            int id = e->wpre[p];
            for (int k = sc->pre_off[id]; k < sc->pre_off[id + 1]; k++)
                if (add_cand(e, word_first, w, &sc->pre_anchors[k]) < 0) return -1;
        }
        int id = e->lid[w];
        if (id >= 0)
            for (int k = sc->word_off[id]; k < sc->word_off[id + 1]; k++)
                if (add_cand(e, word_first, w, &sc->word_anchors[k]) < 0) return -1;
    }
    for (size_t k = 0; k < e->nc; k++) {
        Cand c = e->cands[k];
        int from = c.w - c.hi < 0 ? 0 : c.w - c.hi;
        int root = sc->pats[c.pid].root;
        uint64_t letters = sc->pats[c.pid].first_letters;
        int worth = -1; /* not yet known */
        for (int first = from; first <= c.w - c.lo; first++) {
            /* Most start positions fail on their first letter: test that before the trie. */
            if (!(letters >> KEY37[(unsigned char)e->lw[e->ws[first]]] & 1)) continue;
            if (worth < 0) worth = worth_checking(e, &sc->pats[c.pid]);
            if (!worth) break;
            int last = node_match(e, root, first);
            if (last != NONE && last >= c.w) {
                if (add_hit(e, sc, c.pid, first, last) < 0) return -1;
                break;
            }
        }
    }
    for (int k = 0; k < sc->nun; k++) {
        int pid = sc->unanchored[k];
        for (int first = 0; first < e->nw; first++) {
            int last = node_match(e, sc->pats[pid].root, first);
            if (last != NONE) {
                if (add_hit(e, sc, pid, first, last) < 0) return -1;
                break;
            }
        }
    }
    for (size_t k = hits_from; k < e->nh; k++) sc->first_seq[e->hits[k].pid] = -1;
    return 0;
}

static int cmp_hit(const void *a, const void *b) {
    const Hit *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    if (x->end != y->end) return x->end > y->end ? -1 : 1;
    if (x->first_seq != y->first_seq) return x->first_seq < y->first_seq ? -1 : 1;
    return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

static int cmp_span(const void *a, const void *b) {
    const Span *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return x->rank < y->rank ? -1 : (x->rank > y->rank);
}

/* ------------------------------------------------------------------ scope rules (scopes.py) */

typedef struct {
    const char *s;
    int n;
} Lit;

#define LIT(x) {x, (int)sizeof(x) - 1}

/* \b at p in the string lw[lo:hi]. */
static inline int boundary(const char *t, int lo, int hi, int p) {
    int left = p > lo && WORDCH[(unsigned char)t[p - 1]];
    int right = p < hi && WORDCH[(unsigned char)t[p]];
    return left != right;
}

static inline int lit_at(const char *t, int hi, int p, const Lit *l) {
    return p + l->n <= hi && t[p] == l->s[0] && same(t + p, l->s, l->n);
}


static const Lit FORWARD[] = {
    LIT("no evidence"), LIT("no indication"), LIT("no suggestion"), LIT("no sign"),
    LIT("no concerns"), LIT("no concern"), LIT("nothing to suggest"), LIT("no"), LIT("not"),
    LIT("never"), LIT("nor"), LIT("neither"), LIT("none"), LIT("nothing"), LIT("without"),
    LIT("denied"), LIT("denies"), LIT("deny"), LIT("denying"), LIT("absence of"),
    LIT("lack of evidence"), LIT("ruled out"), LIT("rule out"), LIT("unfounded"),
};
#define NFORWARD ((int)(sizeof(FORWARD) / sizeof(Lit)))
/* Whether FORWARD cue k is one of `words` (the cue as written, e.g. "no evidence"). */
static int forward_cue_in(int k, const char *const *words, size_t count) {
    for (size_t j = 0; j < count; j++)
        if (strcmp(words[j], FORWARD[k].s) == 0) return 1;
    return 0;
}
#define FORWARD_CUE_IN(k, words) forward_cue_in(k, words, sizeof(words) / sizeof(char *))
/* The cues that negate a noun (scopes._NOMINAL_CUES). */
static const char *const NOMINAL_CUES[] = {
    "no", "no evidence", "no indication", "no suggestion", "no sign", "no concern", "no concerns",
    "nothing to suggest", "absence of", "lack of evidence", "without", "none"};
static unsigned char NOMINAL[NFORWARD];
/* The cues that stop at an "and" opening a predicate (scopes._ends_at_and); "n't" (no FORWARD
   index) is one of them. */
static const char *const CUES_ENDING_AT_AND[] = {"no",   "not",     "never", "nor",
                                                 "neither", "none", "nothing", "without"};
static unsigned char ENDS_AT_AND[NFORWARD];

static const Lit PSEUDO[] = {
    LIT("not only"), LIT("not just"), LIT("no doubt"), LIT("nothing but"), LIT("not least"),
    LIT("no longer"), LIT("not until"), LIT("no one else"), LIT("without delay"),
    LIT("never before"), LIT("never met"), LIT("without him"), LIT("without her"),
    LIT("without them"), LIT("without me"), LIT("without you"), LIT("without us"),
    LIT("without his"), LIT("without their"), LIT("without a name"), LIT("without names"),
    LIT("without giving"), LIT("without consent"), LIT("without permission"),
    LIT("without warning"), LIT("without knowing"), LIT("without asking"),
    LIT("without being asked"), LIT("without clothes"),
    /* "the man was not who he said he was": a false identity, not a denial */
    LIT("not who he said"), LIT("not who he says"), LIT("not who he say"),
    LIT("not who he claimed"), LIT("not who he claims"), LIT("not who he claim"),
    LIT("not who he pretended"), LIT("not who he pretends"), LIT("not who she said"),
    LIT("not who she says"), LIT("not who she say"), LIT("not who she claimed"),
    LIT("not who she claims"), LIT("not who she claim"), LIT("not who she pretended"),
    LIT("not who she pretends"), LIT("not who they said"), LIT("not who they says"),
    LIT("not who they say"), LIT("not who they claimed"), LIT("not who they claims"),
    LIT("not who they claim"), LIT("not who they pretended"), LIT("not who they pretends"),
    /* "he could not stop thinking about what he had seen": a compulsion, not a denial */
    LIT("not stop thinking"), LIT("not stop looking"), LIT("not stop watching"),
    LIT("not stop searching"), LIT("not stop going back"),
    /* "viewers, none of whom she had met, sent her coins": strangers, as "never met" tells */
    LIT("none of whom he had met"), LIT("none of whom he met"), LIT("none of whom he knew"),
    LIT("none of whom she had met"), LIT("none of whom she met"), LIT("none of whom she knew"),
    LIT("none of whom they had met"), LIT("none of whom they met"), LIT("none of whom they knew"),
    /* "None of them had met him, and they told him they were from his part of the city" */
    LIT("none of them had met him"), LIT("none of them had met her"),
    LIT("none of them had met them"), LIT("none of them had ever met him"),
    LIT("none of them had ever met her"), LIT("none of them had ever met them"),
    LIT("none of them met him"), LIT("none of them met her"), LIT("none of them met them"),
    /* "when she said she had no more money, the account posted the picture": a lack, told */
    LIT("no more money"), LIT("no money left"), LIT("nothing left to pay"),
    LIT("nothing left to give"), LIT("nothing left to send"),
};
static const Lit PRACTICE_SUBJECT[] = {
    LIT("one"), LIT("agency"), LIT("professional"), LIT("practitioner"), LIT("worker"),
};
/* "no one at home knew": where the subject is, before the verb */
static const Lit PRACTICE_PLACE[] = {LIT("at home"), LIT("at school"), LIT("in the family")};
static const Lit AUXILIARY[] = {LIT("be"), LIT("been"), LIT("being"), LIT("have"), LIT("had")};
static const Lit PRACTICE_VERB[] = {
    LIT("ask"),      LIT("explor"),   LIT("consider"), LIT("discuss"),    LIT("recognis"),
    LIT("recogniz"), LIT("identif"),  LIT("assess"),   LIT("question"),   LIT("think"),
    LIT("thought"),  LIT("understand"), LIT("know"),   LIT("knew"),       LIT("check"),
    LIT("address"),  LIT("notic"),    LIT("record"),   LIT("mention"),    LIT("includ"),
    LIT("cover"),    LIT("shar"),     LIT("pass"),     LIT("link"),       LIT("follow"),
    LIT("explain"),  LIT("act"),      LIT("respond"),  LIT("refer"),      LIT("escalat"),
    LIT("put"),      LIT("see"),      LIT("saw"),      LIT("seen"),       LIT("tak"),
    LIT("took"),     LIT("made"),     LIT("make"),     LIT("liste"),      LIT("spoke"),
    LIT("speak"),    LIT("talk"),     LIT("seek"),     LIT("sought"),     LIT("pick"),
    LIT("connect"),  LIT("analys"),   LIT("consult"),  LIT("offer"),      LIT("aware"),
    LIT("curious"),  LIT("examin"),   LIT("investigat"), LIT("review"),
};
static const Lit REPORTING_VERB[] = {
    LIT("tell"),   LIT("told"),   LIT("disclos"), LIT("report"), LIT("say"),   LIT("said"),
    LIT("reveal"), LIT("realis"), LIT("realiz"),  LIT("want"),   LIT("believ"), LIT("admit"),
    LIT("accept"), LIT("agree"),  LIT("feel"),    LIT("felt"),   LIT("like"),
};
/* scopes._PERCEIVED_BEFORE_CONTRAST: "practitioners saw a teenager earning money, not a child
   being paid for pictures" */
static const Lit PERCEIVED[] = {
    LIT("saw"),       LIT("seen"),      LIT("viewed"),   LIT("treated"),     LIT("regarded"),
    LIT("perceived"), LIT("understood"), LIT("considered"), LIT("labelled"), LIT("labeled"),
    LIT("described"), LIT("framed"),    LIT("interpreted"), LIT("recorded"), LIT("handled"),
    LIT("managed"),
};
static const Lit CLAUSE_WORDS[] = {
    LIT("but"), LIT("and"), LIT("although"), LIT("though"), LIT("however"),
    LIT("whereas"), LIT("yet"), LIT("while"), LIT("so"),
};
static const Lit CLAUSE_ALONE[] = {LIT("but"), LIT("however"), LIT("although")};
static const Lit BACKWARD_AUX[] = {
    LIT("was"), LIT("were"), LIT("is"), LIT("are"), LIT("has been"), LIT("have been"),
    LIT("had been"),
};
static const Lit BACKWARD_WHAT[] = {
    LIT("not found"), LIT("not identified"), LIT("not substantiated"), LIT("not present"),
    LIT("not evident"), LIT("not seen"), LIT("not confirmed"), LIT("not the case"),
    LIT("not a factor"), LIT("ruled out"), LIT("unfounded"), LIT("denied"), LIT("disproved"),
};
static const Lit LATER_DENIAL[] = {
    LIT("ruled out"), LIT("unfounded"), LIT("disproved"), LIT("not substantiated"),
    LIT("unsubstantiated"),
};
static const Lit HEDGE[] = {
    LIT("may"), LIT("might"), LIT("could"), LIT("possibly"), LIT("possible"), LIT("potential"),
    LIT("potentially"), LIT("perhaps"), LIT("if"), LIT("whether"), LIT("suspected"),
    LIT("suspicion"), LIT("alleged"), LIT("allegation"), LIT("allegations"), LIT("at risk of"),
    LIT("risk of"), LIT("risks of"), LIT("unclear"), LIT("not known"), LIT("unknown whether"),
    LIT("likely"), LIT("unlikely"), LIT("appear"), LIT("appears"), LIT("appeared"), LIT("seem"),
    LIT("seems"), LIT("seemed"), LIT("would"), LIT("can be"), LIT("concern that"),
    LIT("concerns that"), LIT("worried that"), LIT("hypothetical"), LIT("speculative"),
    LIT("speculation"), LIT("suggestion that"),
};
/* scopes._LIST_DENIAL_CUE, _LIST_ITEM and _LIST_STOP: a denial over a list. */
static const Lit LIST_CUE[] = {LIT("no evidence"), LIT("no indication"), LIT("no suggestion"),
                               LIT("nothing to suggest")};
static const Lit LIST_LINK[] = {LIT("that"), LIT("of")};
static const Lit LIST_CONJ[] = {LIT("and"), LIT("or"), LIT("nor")};
static const Lit LIST_ITEM[] = {
    LIT("had"),      LIT("has"),  LIT("have"),  LIT("was"),   LIT("were"), LIT("been"),
    LIT("being"),    LIT("is"),   LIT("are"),   LIT("did"),   LIT("any"),  LIT("anyone"),
    LIT("anything"), LIT("seen"), LIT("taken"), LIT("given"), LIT("shown"), LIT("sent"),
    LIT("made"),     LIT("told"), LIT("found"),
};
static const Lit NEW_PREDICATE[] = {LIT("was"),  LIT("were"), LIT("is"), LIT("are"),
                                    LIT("had"),  LIT("has"),  LIT("have"), LIT("then"),
                                    LIT("he"),   LIT("she"),  LIT("they"), LIT("it")};
static const Lit COMPLEMENT[] = {LIT("that"), LIT("whether"), LIT("if"),    LIT("what"),
                                 LIT("how"),  LIT("who"),     LIT("which"), LIT("when"),
                                 LIT("where"), LIT("why")};
static const Lit FINITE_VERB[] = {LIT("was"), LIT("were"), LIT("is"),   LIT("are"), LIT("had"),
                                  LIT("has"), LIT("have"), LIT("did"), LIT("does"), LIT("do")};
static const Lit LIST_STOP[] = {LIT("but"),     LIT("however"), LIT("although"), LIT("though"),
                                LIT("whereas"), LIT("yet"),     LIT("while")};
/* The first words of LATER_DENIAL and HEDGE: where none occurs, neither can the phrases. */
static const Lit LATER_DENIAL_FIRST[] = {
    LIT("ruled"), LIT("unfounded"), LIT("disproved"), LIT("not"), LIT("unsubstantiated"),
};
static const Lit HEDGE_FIRST[] = {
    LIT("may"), LIT("might"), LIT("could"), LIT("possibly"), LIT("possible"), LIT("potential"),
    LIT("potentially"), LIT("perhaps"), LIT("if"), LIT("whether"), LIT("suspected"),
    LIT("suspicion"), LIT("alleged"), LIT("allegation"), LIT("allegations"), LIT("at"),
    LIT("risk"), LIT("risks"), LIT("unclear"), LIT("not"), LIT("unknown"), LIT("likely"),
    LIT("unlikely"), LIT("appear"), LIT("appears"), LIT("appeared"), LIT("seem"), LIT("seems"),
    LIT("seemed"), LIT("would"), LIT("can"), LIT("concern"), LIT("concerns"), LIT("worried"),
    LIT("hypothetical"), LIT("speculative"), LIT("speculation"), LIT("suggestion"),
};
static const Lit THIS_CHILD[] = {
    LIT("she"), LIT("he"), LIT("her"), LIT("him"), LIT("his"), LIT("hers"), LIT("herself"),
    LIT("himself"),
};
static const Lit CHILD_OBJECT[] = {
    LIT("her"), LIT("him"), LIT("his"), LIT("hers"), LIT("herself"), LIT("himself"),
};
static const Lit GENERIC_MARKER[] = {
    LIT("should"), LIT("must"), LIT("need to"), LIT("needs to"), LIT("often"), LIT("usually"),
    LIT("typically"), LIT("in general"), LIT("can"), LIT("cannot"), LIT("may"), LIT("tend to"),
    LIT("are"),
    LIT("is"), LIT("will"), LIT("increasingly"), LIT("in some cases"), LIT("in many cases"),
    LIT("in most cases"), LIT("sometimes"), LIT("commonly"), LIT("frequently"),
    LIT("more and more"),
};
/* scopes._POSSIBILITY and scopes._DEFINITE */
static const Lit POSSIBILITY[] = {LIT("can"), LIT("cannot")};
static const Lit DEFINITE[] = {
    LIT("the"), LIT("this"), LIT("that"), LIT("these"), LIT("those"), LIT("its"), LIT("our"),
    LIT("my"), LIT("mr"), LIT("mrs"), LIT("ms"), LIT("miss"), LIT("dr"),
};
static const Lit GENERIC_SUBJECT[] = {
    LIT("young people"), LIT("a child"), LIT("any child"), LIT("a young person"),
    LIT("adolescents"), LIT("teenagers"), LIT("teenage boys"), LIT("teenage girls"),
    LIT("boys"), LIT("girls"), LIT("parents and carers"), LIT("parents"), LIT("carers"),
    LIT("practitioners"), LIT("professionals"), LIT("agencies"), LIT("schools"),
    LIT("services"), LIT("staff"), LIT("everyone"), LIT("people"), LIT("offenders"),
    LIT("perpetrators"), LIT("abusers"), LIT("groomers"), LIT("teachers"), LIT("colleges"),
    LIT("social workers"), LIT("health visitors"), LIT("nurses"), LIT("clinicians"),
    LIT("police officers"), LIT("platforms"), LIT("companies"), LIT("partnerships"),
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* A list of words indexed by first letter, keeping the list's order (the regex's order of
   alternatives) within each letter. */
#define BUCKET 64
typedef struct {
    const Lit *lits;
    int n;
    unsigned char count[256];
    unsigned char index[256][BUCKET];
    uint32_t bit; /* this set's bit in a run's cue mask (see CUE_WORDS) */
} LitSet;

#define LITSET(name, a) static LitSet name = {a, COUNT(a), {0}, {{0}}, 0}
LITSET(S_FORWARD, FORWARD);
LITSET(S_PSEUDO, PSEUDO);
LITSET(S_PRACTICE_SUBJECT, PRACTICE_SUBJECT);
LITSET(S_PRACTICE_VERB, PRACTICE_VERB);
LITSET(S_REPORTING_VERB, REPORTING_VERB);
LITSET(S_PERCEIVED, PERCEIVED);
LITSET(S_CLAUSE_WORDS, CLAUSE_WORDS);
LITSET(S_CLAUSE_ALONE, CLAUSE_ALONE);
LITSET(S_BACKWARD_AUX, BACKWARD_AUX);
LITSET(S_BACKWARD_WHAT, BACKWARD_WHAT);
LITSET(S_LATER_DENIAL, LATER_DENIAL);
LITSET(S_HEDGE, HEDGE);
LITSET(S_HEDGE_FIRST, HEDGE_FIRST);
LITSET(S_LATER_DENIAL_FIRST, LATER_DENIAL_FIRST);
LITSET(S_THIS_CHILD, THIS_CHILD);
LITSET(S_CHILD_OBJECT, CHILD_OBJECT);
LITSET(S_GENERIC_MARKER, GENERIC_MARKER);
LITSET(S_GENERIC_SUBJECT, GENERIC_SUBJECT);
LITSET(S_LIST_CUE, LIST_CUE);
LITSET(S_LIST_LINK, LIST_LINK);
LITSET(S_LIST_CONJ, LIST_CONJ);
LITSET(S_LIST_ITEM, LIST_ITEM);
LITSET(S_LIST_STOP, LIST_STOP);
LITSET(S_FINITE_VERB, FINITE_VERB);
LITSET(S_NEW_PREDICATE, NEW_PREDICATE);
LITSET(S_COMPLEMENT, COMPLEMENT);
LITSET(S_POSSIBILITY, POSSIBILITY);
LITSET(S_DEFINITE, DEFINITE);
static LitSet *ALL_SETS[] = {
    &S_FORWARD,       &S_PSEUDO,       &S_PRACTICE_SUBJECT, &S_PRACTICE_VERB, &S_REPORTING_VERB,
    &S_CLAUSE_WORDS,  &S_CLAUSE_ALONE, &S_BACKWARD_AUX,     &S_BACKWARD_WHAT, &S_LATER_DENIAL,
    &S_HEDGE,         &S_THIS_CHILD,   &S_GENERIC_MARKER,   &S_GENERIC_SUBJECT,
    &S_HEDGE_FIRST,   &S_LATER_DENIAL_FIRST, &S_LIST_CUE, &S_LIST_LINK, &S_LIST_CONJ,
    &S_LIST_ITEM,     &S_LIST_STOP,    &S_FINITE_VERB,  &S_CHILD_OBJECT, &S_PERCEIVED,
    &S_NEW_PREDICATE, &S_COMPLEMENT,    &S_POSSIBILITY,  &S_DEFINITE,
};

/* First word of any phrase of any set -> mask of the sets with a phrase starting so. A \w run
   whose text is not here cannot start a match of any set, so searches skip it with one test. */
static Table CUE_WORDS;
#define CHILDREN_BIT (1u << 30) /* "children", which GENERIC_SUBJECT matches with a lookahead */

static int cue_mask_add(const char *word, int len, uint32_t bit) {
    int old = table_get(&CUE_WORDS, word, len, fnv(word, len));
    if (old >= 0) {
        for (size_t i = 0; i <= CUE_WORDS.mask; i++)
            if (CUE_WORDS.slots[i].key && CUE_WORDS.slots[i].id == old &&
                CUE_WORDS.slots[i].len == len && same(CUE_WORDS.slots[i].key, word, len)) {
                CUE_WORDS.slots[i].id = (int)((uint32_t)old | bit);
                return 0;
            }
    }
    return table_put(&CUE_WORDS, word, len, (int)bit);
}

static int init_sets(void) {
    int phrases = 1;
    for (int i = 0; i < COUNT(ALL_SETS); i++) phrases += ALL_SETS[i]->n;
    if (COUNT(ALL_SETS) > 30 || table_init(&CUE_WORDS, phrases) < 0) return -1; /* masks are ints */
    for (int i = 0; i < COUNT(ALL_SETS); i++) {
        LitSet *set = ALL_SETS[i];
        set->bit = 1u << i;
        for (int k = 0; k < set->n; k++) {
            const Lit *l = &set->lits[k];
            unsigned char c = (unsigned char)l->s[0];
            if (set->count[c] >= BUCKET) return -1;
            set->index[c][set->count[c]++] = (unsigned char)k;
            const char *space = memchr(l->s, ' ', l->n);
            if (cue_mask_add(l->s, space ? (int)(space - l->s) : l->n, set->bit) < 0) return -1;
        }
    }
    return cue_mask_add("children", 8, CHILDREN_BIT);
}

/* The cue mask of the lowered word t[p:q]. */
static inline uint32_t cue_mask(const char *t, int p, int q) {
    int m = table_get(&CUE_WORDS, t + p, q - p, fnv(t + p, q - p));
    return m < 0 ? 0 : (uint32_t)m;
}

/* Length of the first word of `set` at p followed by a word boundary in t[lo:hi], or -1;
   *which is its index in the set. */
static int first_word_at(const char *t, int lo, int hi, int p, const LitSet *set, int *which) {
    if (p >= hi) return -1;
    unsigned char c = (unsigned char)t[p];
    for (int j = 0; j < set->count[c]; j++) {
        const Lit *l = &set->lits[set->index[c][j]];
        if (lit_at(t, hi, p, l) && boundary(t, lo, hi, p + l->n)) {
            if (which) *which = set->index[c][j];
            return l->n;
        }
    }
    return -1;
}

/* Does a word of `set`, with \b on both sides, occur in t[lo:hi]? (re.search on a slice)
   Every word of a set starts with a letter, so only the starts of \w runs can match. */
static int search_words(const char *t, int lo, int hi, const LitSet *set) {
    int p = lo;
    while (p < hi) {
        while (p < hi && !WORDCH[(unsigned char)t[p]]) p++;
        if (p >= hi) break;
        if (set->count[(unsigned char)t[p]] && first_word_at(t, lo, hi, p, set, NULL) >= 0)
            return 1;
        while (p < hi && WORDCH[(unsigned char)t[p]]) p++;
    }
    return 0;
}

/* End of a _CLAUSE_BREAK match at p in t[lo:hi], or -1. */
static int clause_break_at(const char *t, int lo, int hi, int p) {
    char c = t[p];
    if (c == ';' || c == ':') return p + 1;
    if (c == ',') {
        int q = p + 1;
        while (q < hi && SPACECH[(unsigned char)t[q]]) q++;
        int len = first_word_at(t, lo, hi, q, &S_CLAUSE_WORDS, NULL);
        if (len >= 0) return q + len;
    }
    if (boundary(t, lo, hi, p)) {
        int len = first_word_at(t, lo, hi, p, &S_CLAUSE_ALONE, NULL);
        if (len >= 0) return p + len;
    }
    return -1;
}

/* Can a clause break start with this character? */
static inline int may_break(unsigned char c) {
    return c == ';' || c == ':' || c == ',' || S_CLAUSE_ALONE.count[c];
}

/* The sentence's clause breaks (_CLAUSE_BREAK.finditer over the whole sentence), once.
   scopes.py searches the text before a span and the text after it as strings of their own; the
   matches are the same, because a span starts and ends at a word's edge, so no break match can
   straddle it and a \b at its edge reads the same either way. */
static int find_breaks(Engine *e, int n) {
    const char *t = e->lw;
    int count = 0, p = 0;
    while (p < n) {
        if (!may_break((unsigned char)t[p])) {
            p++;
            continue;
        }
        int end = clause_break_at(t, 0, n, p);
        if (end < 0) {
            p++;
            continue;
        }
        if (grow((void **)&e->breaks, &e->breaks_cap, 2 * (size_t)count + 2, sizeof(int)) < 0)
            return -1;
        e->breaks[2 * count] = p;
        e->breaks[2 * count + 1] = end;
        count++;
        p = end;
    }
    e->nbreaks = count;
    return 0;
}

/* scopes._clause_start: the end of the last break before `start`, or 0. */
static int clause_start(const Engine *e, int start) {
    int last = 0;
    for (int k = 0; k < e->nbreaks && e->breaks[2 * k + 1] <= start; k++)
        last = e->breaks[2 * k + 1];
    return last;
}

/* Where the first break at or after `end` starts, or n. */
static int first_clause_break(const Engine *e, int end, int n) {
    for (int k = 0; k < e->nbreaks; k++)
        if (e->breaks[2 * k] >= end) return e->breaks[2 * k];
    return n;
}

/* The sentence's \w runs, found once for all the scope rules' searches, and its breaks. */
static int find_runs(Engine *e, int n) {
    const char *t = e->lw;
    if (find_breaks(e, n) < 0) return -1;
    if (!memchr(t, '_', (size_t)(n > 0 ? n : 0))) { /* then \w runs are the words already found */
        if (grow((void **)&e->runs, &e->runs_cap, 3 * (size_t)e->nw + 3, sizeof(int)) < 0)
            return -1;
        for (int w = 0; w < e->nw; w++) {
            e->runs[3 * w] = e->ws[w];
            e->runs[3 * w + 1] = e->we[w];
            e->runs[3 * w + 2] = (int)cue_mask(t, e->ws[w], e->we[w]);
        }
        e->nruns = e->nw;
        return 0;
    }
    int nruns = 0, p = 0;
    while (p < n) {
        while (p < n && !WORDCH[(unsigned char)t[p]]) p++;
        if (p >= n) break;
        if (grow((void **)&e->runs, &e->runs_cap, 3 * (size_t)nruns + 3, sizeof(int)) < 0)
            return -1;
        int start = p;
        while (p < n && WORDCH[(unsigned char)t[p]]) p++;
        e->runs[3 * nruns] = start;
        e->runs[3 * nruns + 1] = p;
        e->runs[3 * nruns + 2] = (int)cue_mask(t, start, p);
        nruns++;
    }
    e->nruns = nruns;
    return 0;
}

/* The first \w run of the sentence ending after lo. */
static int first_run_after(const Engine *e, int lo) {
    int a = 0, b = e->nruns;
    while (a < b) {
        int mid = (a + b) / 2;
        if (e->runs[3 * mid + 1] <= lo) a = mid + 1;
        else b = mid;
    }
    return a;
}

/* search_words over e->lw[lo:hi], visiting only the starts of \w runs that can start a
   phrase of the set (a run cut by lo is looked at in full). */
static int search_sentence(const Engine *e, int lo, int hi, const LitSet *set) {
    const int *runs = e->runs;
    for (int r = first_run_after(e, lo); r < e->nruns && runs[3 * r] < hi; r++) {
        int p = runs[3 * r];
        if (p < lo) p = lo;
        else if (!((uint32_t)runs[3 * r + 2] & set->bit)) continue;
        if (first_word_at(e->lw, lo, hi, p, set, NULL) >= 0) return 1;
    }
    return 0;
}

static int skip_nonword(const char *t, int p, int hi) {
    while (p < hi && !WORDCH[(unsigned char)t[p]]) p++;
    return p;
}

static int word_end(const char *t, int p, int hi) {
    while (p < hi && WORDCH[(unsigned char)t[p]]) p++;
    return p;
}

static int has_prefix(const char *t, int hi, int p, const LitSet *set) {
    if (p >= hi) return 0;
    unsigned char c = (unsigned char)t[p];
    for (int j = 0; j < set->count[c]; j++)
        if (lit_at(t, hi, p, &set->lits[set->index[c][j]])) return 1;
    return 0;
}

/* (?:\w+ly\W+) at p: the end, or -1. */
static int adverb_at(const char *t, int hi, int p) {
    int r = word_end(t, p, hi);
    if (r - p < 3 || t[r - 2] != 'l' || t[r - 1] != 'y' || r >= hi) return -1;
    return skip_nonword(t, r, hi);
}

/* (?:\w+ly\W+)?(?:be|been|being|have|had\W+)?(?:ask|explor|...) at q: the part of
   _PRACTICE_AFTER_CUE after its subject. */
static int practice_after_subject(const char *t, int hi, int q1) {
    for (int g2 = 1; g2 >= 0; g2--) {
        int q2 = g2 ? adverb_at(t, hi, q1) : q1;
        if (q2 < 0) continue;
        for (int g3 = 1; g3 >= 0; g3--) {
            int q3 = q2;
            if (g3) {
                int r = word_end(t, q2, hi);
                q3 = -1;
                for (int k = 0; k < COUNT(AUXILIARY); k++)
                    if (r - q2 == AUXILIARY[k].n && lit_at(t, hi, q2, &AUXILIARY[k]) && r < hi)
                        q3 = skip_nonword(t, r, hi);
                if (q3 < 0) continue;
            }
            if (has_prefix(t, hi, q3, &S_PRACTICE_VERB)) return 1;
        }
    }
    return 0;
}

/* _PRACTICE_AFTER_CUE.match(t[p:hi]) */
static int practice_after(const char *t, int hi, int p) {
    p = skip_nonword(t, p, hi);
    int q1 = -1;
    for (int k = 0; k < COUNT(PRACTICE_SUBJECT); k++) {
        if (!lit_at(t, hi, p, &PRACTICE_SUBJECT[k])) continue;
        int r = p + PRACTICE_SUBJECT[k].n;
        if (r < hi && t[r] == 's') r++;
        if (r < hi && !WORDCH[(unsigned char)t[r]]) q1 = skip_nonword(t, r, hi);
        break;
    }
    if (q1 >= 0) {
        if (practice_after_subject(t, hi, q1)) return 1;
        for (int k = 0; k < COUNT(PRACTICE_PLACE); k++) {
            int r = q1 + PRACTICE_PLACE[k].n;
            if (lit_at(t, hi, q1, &PRACTICE_PLACE[k]) && r < hi &&
                !WORDCH[(unsigned char)t[r]] &&
                practice_after_subject(t, hi, skip_nonword(t, r, hi)))
                return 1;
        }
    }
    return practice_after_subject(t, hi, p);
}

/* _REPORTING_AFTER_CUE.match(t[p:hi]) */
static int reporting_after(const char *t, int hi, int p) {
    p = skip_nonword(t, p, hi);
    int q = adverb_at(t, hi, p);
    if (q >= 0 && has_prefix(t, hi, q, &S_REPORTING_VERB)) return 1;
    return has_prefix(t, hi, p, &S_REPORTING_VERB);
}

/* The first `limit` whitespace-separated words of t[lo:hi] joined by single spaces. */
static int first_words(Engine *e, const char *t, int lo, int hi, int limit) {
    if (grow((void **)&e->buf, &e->buf_cap, (size_t)(hi - lo) + 1, 1) < 0) return -1;
    int n = 0, words = 0, p = lo;
    while (words < limit) {
        while (p < hi && SPACECH[(unsigned char)t[p]]) p++;
        if (p >= hi) break;
        if (words) e->buf[n++] = ' ';
        while (p < hi && !SPACECH[(unsigned char)t[p]]) e->buf[n++] = t[p++];
        words++;
    }
    e->buf[n] = 0;
    return n;
}

static int count_words_over(const char *t, int lo, int hi, int limit) {
    int words = 0, p = lo;
    while (p < hi) {
        while (p < hi && SPACECH[(unsigned char)t[p]]) p++;
        if (p >= hi) break;
        if (++words > limit) return 1;
        while (p < hi && !SPACECH[(unsigned char)t[p]]) p++;
    }
    return 0;
}

/* _LIST_ITEM's word at p in t[lo:hi]: one of LIST_ITEM, or a word ending "ed" or "ing". */
static int list_item_at(const char *t, int lo, int hi, int p) {
    if (p >= hi || !WORDCH[(unsigned char)t[p]]) return 0;
    if (first_word_at(t, lo, hi, p, &S_LIST_ITEM, NULL) >= 0) return 1;
    int r = word_end(t, p, hi);
    if (r - p >= 3 && t[r - 2] == 'e' && t[r - 1] == 'd') return 1;
    return r - p >= 4 && t[r - 3] == 'i' && t[r - 2] == 'n' && t[r - 1] == 'g';
}

/* _LIST_ITEM.match(t[lo:hi]) */
static int list_item(const char *t, int lo, int hi) {
    int q = lo;
    while (q < hi && SPACECH[(unsigned char)t[q]]) q++;
    int len = first_word_at(t, lo, hi, q, &S_LIST_CONJ, NULL);
    if (len >= 0 && q + len < hi && SPACECH[(unsigned char)t[q + len]]) {
        int r = q + len;
        while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
        if (list_item_at(t, lo, hi, r)) return 1;
    }
    return list_item_at(t, lo, hi, q);
}

/* scopes._denied_list: a denial before t[start] whose list runs on to the span, t[start:end]
   (the span may be the list's last item). */
static int denied_list(const char *t, int start, int end) {
    for (int p = 0; p < start; p++) {
        if (t[p] != 'n' || !boundary(t, 0, start, p)) continue;
        int len = first_word_at(t, 0, start, p, &S_LIST_CUE, NULL);
        if (len < 0) continue;
        int q = p + len;
        if (q >= start || t[q] != ' ') continue;
        int link = first_word_at(t, 0, start, q + 1, &S_LIST_LINK, NULL);
        if (link < 0) continue;
        int me = q + 1 + link;
        int nouns = link == 2; /* "of" */
        if (memchr(t + me, ';', end - me) || memchr(t + me, ':', end - me)) continue;
        if (search_words(t, me, end, &S_LIST_STOP)) continue;
        if (count_words_over(t, me, end, MAX_LIST_WORDS)) continue;
        const char *comma = memchr(t + me, ',', end - me);
        if (!comma) continue;
        int all = 1;
        while (comma && all) {
            int a = (int)(comma - t) + 1;
            const char *next = a < end ? memchr(t + a, ',', end - a) : NULL;
            int b = next ? (int)(next - t) : end;
            all = list_item(t, a, b);
            if (!all && nouns) {
                int word = 0;
                for (int k = a; k < b && !word; k++) word = WORDCH[(unsigned char)t[k]];
                all = word && !search_words(t, a, b, &S_FINITE_VERB);
            }
            comma = next;
        }
        if (all) return 1;
    }
    return 0;
}

/* scopes._PRACTICE_SUBJECT.match(t[q:hi]): "one ", "agency ", "professionals "... */
static int practice_subject_at(const char *t, int hi, int q) {
    for (int k = 0; k < COUNT(PRACTICE_SUBJECT); k++) {
        const Lit *l = &PRACTICE_SUBJECT[k];
        if (!lit_at(t, hi, q, l)) continue;
        int r = q + l->n;
        if (r < hi && t[r] == 's') r++;
        if (r < hi && t[r] == ' ') return 1;
    }
    return 0;
}

/* Does "not" at t[ms] follow ", " after a verb of seeing or handling in its clause, which
   starts at cstart? (scopes._PERCEIVED_BEFORE_CONTRAST) */
static int perceived_contrast(const char *t, int cstart, int ms) {
    int q = ms;
    while (q > cstart && SPACECH[(unsigned char)t[q - 1]]) q--;
    if (q <= cstart || t[q - 1] != ',') return 0;
    int comma = q - 1, lo = comma;
    while (lo > cstart && t[lo - 1] != ',' && t[lo - 1] != ';' && t[lo - 1] != ':') lo--;
    return search_words(t, lo, comma, &S_PERCEIVED);
}

/* scopes._ends_at_and: does the negation cue ending at me (FORWARD index `which`, -1 for
   "n't") stop at an "and" in t[me:start] that opens a predicate of its own? Reading word by
   word, a complement word before such an "and" keeps the cue's scope running. */
static int ends_at_and(const char *t, int which, int me, int start) {
    if (which >= 0 && !ENDS_AT_AND[which]) return 0;
    for (int p = skip_nonword(t, me, start); p < start; p = skip_nonword(t, p, start)) {
        int q = word_end(t, p, start);
        if (q - p == 3 && memcmp(t + p, "and", 3) == 0 && q < start &&
            SPACECH[(unsigned char)t[q]]) {
            int r = q;
            while (r < start && SPACECH[(unsigned char)t[r]]) r++;
            if (first_word_at(t, me, start, r, &S_NEW_PREDICATE, NULL) >= 0) return 1;
        } else if (first_word_at(t, me, start, p, &S_COMPLEMENT, NULL) >= 0) {
            return 0;
        }
        p = q;
    }
    return 0;
}

/* scopes._negation: sets *negated and *practice. Returns -1 on memory error. */
static int negation(Engine *e, const char *t, int n, int start, int end, int cstart,
                    int *negated, int *practice) {
    int found = 0;
    *practice = 0;
    int next = cstart; /* finditer resumes after a match */
    for (int run = first_run_after(e, cstart); run < e->nruns; run++) {
        /* Every cue starts a \w run (one cut by the clause start cannot: no \b there). */
        int p = e->runs[3 * run];
        if (p >= start) break;
        if (p < next) continue;
        int r = e->runs[3 * run + 1] < start ? e->runs[3 * run + 1] : start;
        int which = -1, len = -1;
        if ((uint32_t)e->runs[3 * run + 2] & S_FORWARD.bit)
            len = first_word_at(t, 0, start, p, &S_FORWARD, &which);
        if (len < 0 && r - p >= 2 && t[r - 1] == 'n' && r + 2 <= start && t[r] == '\'' &&
            t[r + 1] == 't' && boundary(t, 0, start, r + 2))
            len = r + 2 - p; /* \w+n't */
        if (len < 0) continue;
        int ms = p, me = p + len;
        next = me;
        if (count_words_over(t, me, start, MAX_SCOPE_WORDS)) continue;
        if (first_word_at(t, ms, n, ms, &S_PSEUDO, NULL) >= 0) continue;
        if (memchr(t + me, ',', start - me)) continue;
        if (ends_at_and(t, which, me, start)) continue;
        if (which >= 0 && len == 3 && memcmp(t + ms, "not", 3) == 0 &&
            perceived_contrast(t, cstart, ms)) {
            *practice = 1;
            continue;
        }
        int verbal = which < 0 || !NOMINAL[which];
        if (!verbal) {
            int q = me;
            while (q < start && SPACECH[(unsigned char)t[q]]) q++;
            verbal = practice_subject_at(t, start, q);
        }
        if (verbal && practice_after(t, n, me)) {
            *practice = 1;
            continue;
        }
        if (reporting_after(t, n, me)) continue;
        found = 1;
    }
    if (found && !*practice) {
        *negated = 1;
        *practice = 0;
        return 0;
    }
    /* A denied list needs one of its cues before the span: most sentences have none. */
    if (!*practice && search_sentence(e, 0, start, &S_LIST_CUE) && denied_list(t, start, end)) {
        *negated = 1;
        return 0;
    }
    /* After the span, in its clause: "... was ruled out", "... were unfounded". */
    int cend = first_clause_break(e, end, n);
    int q = skip_nonword(t, end, cend);
    for (int k = 0; k <= 6; k++) {
        for (int a = 0; a < COUNT(BACKWARD_AUX); a++) {
            if (!lit_at(t, cend, q, &BACKWARD_AUX[a])) continue;
            int r = q + BACKWARD_AUX[a].n;
            if (r >= cend || !SPACECH[(unsigned char)t[r]]) continue;
            while (r < cend && SPACECH[(unsigned char)t[r]]) r++;
            if (first_word_at(t, end, cend, r, &S_BACKWARD_WHAT, NULL) >= 0) {
                *negated = 1;
                return 0;
            }
        }
        if (q >= cend || !WORDCH[(unsigned char)t[q]]) break;
        q = word_end(t, q, cend);
        if (q >= cend) break;
        q = skip_nonword(t, q, cend);
    }
    /* The joined words can hold a denial only if its first word is in the clause. */
    if (!search_sentence(e, end, cend, &S_LATER_DENIAL_FIRST)) return 0;
    int len = first_words(e, t, end, cend, 8);
    if (len < 0) return -1;
    *negated = search_words(e->buf, 0, len, &S_LATER_DENIAL);
    return 0;
}

/* scopes._RECOMMENDATION_LABEL on the lowered sentence: "7.2 recommendation 2: ...". */
static int recommendation_label(const char *t, int n) {
    int p = 0;
    while (p < n && (t[p] == ' ' || t[p] == '\t')) p++;
    int q = p;
    while (q < n && ((t[q] >= '0' && t[q] <= '9') || t[q] == '.')) q++;
    if (q > p && q < n && (t[q] == ' ' || t[q] == '\t')) {
        while (q < n && (t[q] == ' ' || t[q] == '\t')) q++;
        p = q;
    }
    static const char word[] = "recommendation";
    int len = (int)sizeof(word) - 1;
    if (p + len > n || memcmp(t + p, word, (size_t)len) != 0) return 0;
    p += len;
    while (p < n && (t[p] == ' ' || t[p] == '\t')) p++;
    while (p < n && t[p] >= '0' && t[p] <= '9') p++;
    while (p < n && (t[p] == ' ' || t[p] == '\t')) p++;
    return p < n && t[p] == ':';
}

/* scopes.is_generic: a question put to the reader (last character before trailing spaces). */
static int ends_with_question(const char *s, int n) {
    while (n > 0 && (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r'))) n--;
    return n > 0 && s[n - 1] == '?';
}

/* Where the word before position p (within t[lo:], after white space) starts, if it is
   `word`; else -1. */
static int word_start_before(const char *t, int lo, int p, const char *word) {
    int q = p, n = (int)strlen(word);
    while (q > lo && SPACECH[(unsigned char)t[q - 1]]) q--;
    if (q == p || q - n < lo || memcmp(t + q - n, word, (size_t)n) != 0) return -1;
    return q - n == lo || !WORDCH[(unsigned char)t[q - n - 1]] ? q - n : -1;
}

/* The word before position p (within t[lo:], after white space) is `word`. */
static int word_before(const char *t, int lo, int p, const char *word) {
    return word_start_before(t, lo, p, word) >= 0;
}

/* scopes._GROUP_NEEDS over t[0:n]: "staff need", "parents need". */
static const char *const NEEDING_GROUPS[] = {
    "staff",    "parents", "carers",   "practitioners", "professionals", "schools",
    "services", "agencies", "teachers", "workers",      "officers",      "nurses",
    "clinicians", "visitors", "colleges", "partnerships", "platforms",   "companies"};

static int group_needs(const char *t, int n) {
    for (int p = 1; p + 4 <= n; p++) {
        if (memcmp(t + p, "need", 4) != 0 || !boundary(t, 0, n, p + 4)) continue;
        for (size_t k = 0; k < COUNT(NEEDING_GROUPS); k++)
            if (word_before(t, 0, p, NEEDING_GROUPS[k])) return 1;
    }
    return 0;
}

/* scopes._INDEFINITE_PERSON on the lowered sentence: where the first "a man", "any adult" ...
   not followed by "she" or "he" starts, or n. The determiners all start with "a" or "e", so
   any other word is skipped on its first letter. */
static const char *const INDEFINITE_DET[] = {"a", "an", "any", "every", "each"};
static const char *const INDEFINITE_WHO[] = {
    "man",     "woman",   "person",       "adult",        "parent", "carer",        "offender",
    "perpetrator", "abuser", "father",    "mother",       "stepfather", "partner",  "professional",
    "practitioner", "child", "young person", "girl",       "boy"};

static int word_at(const char *t, int n, int p, const char *word) {
    int len = (int)strlen(word);
    return p + len <= n && memcmp(t + p, word, (size_t)len) == 0 &&
           (p + len == n || !WORDCH[(unsigned char)t[p + len]]);
}

static int indefinite_person(const char *t, int n) {
    for (int p = 0; p < n; p++) {
        if ((t[p] != 'a' && t[p] != 'e') || (p > 0 && WORDCH[(unsigned char)t[p - 1]])) continue;
        for (size_t d = 0; d < COUNT(INDEFINITE_DET); d++) {
            int q = p + (int)strlen(INDEFINITE_DET[d]);
            if (q >= n || t[q] != ' ' || memcmp(t + p, INDEFINITE_DET[d], (size_t)(q - p)) != 0)
                continue;
            for (size_t w = 0; w < COUNT(INDEFINITE_WHO); w++) {
                if (!word_at(t, n, q + 1, INDEFINITE_WHO[w])) continue;
                int end = q + 1 + (int)strlen(INDEFINITE_WHO[w]);
                if (end < n && t[end] == ' ' &&
                    (word_at(t, n, end + 1, "she") || word_at(t, n, end + 1, "he")))
                    continue; /* "a man she met": the pronoun opens a clause on the person */
                return p;
            }
        }
    }
    return n;
}

/* scopes._RULE_STATEMENT over t[0:n]: "the law treats", "national guidance sets out". */
static const char *const RULE_SUBJECTS[] = {"law", "legislation", "guidance", "act"};
static const char *const RULE_VERBS[] = {
    "says",     "say",      "states",    "state",      "treats",   "treat",     "covers",
    "cover",    "requires", "require",   "expects",    "expect",   "defines",   "define",
    "sets",     "set",      "describes", "describe",   "applies",  "apply",     "advises",
    "advise",   "allows",   "allow",     "prohibits",  "prohibit", "provides",  "provide",
    "recognises", "recognise", "recognizes", "recognize"};

static int rule_statement(const char *t, int n) {
    /* The subjects are rare and all start with "l", "g" or "a": look for them first, then
       for a verb after them (every word measured slower as a possible verb). */
    for (int p = 0; p < n; p++) {
        unsigned char c = (unsigned char)t[p];
        if ((c != 'l' && c != 'g' && c != 'a') || (p > 0 && WORDCH[(unsigned char)t[p - 1]]))
            continue;
        for (size_t k = 0; k < COUNT(RULE_SUBJECTS); k++) {
            if (!word_at(t, n, p, RULE_SUBJECTS[k])) continue;
            int q = p + (int)strlen(RULE_SUBJECTS[k]), v = q;
            while (v < n && SPACECH[(unsigned char)t[v]]) v++;
            if (v > q)
                for (size_t w = 0; w < COUNT(RULE_VERBS); w++)
                    if (word_at(t, n, v, RULE_VERBS[w])) return 1;
            break; /* no two subjects match at one place */
        }
    }
    return 0;
}

/* scopes._general_possibility: "can" or "cannot", with no definite word and no capital
   after white space (in the sentence as written, s). */
static int general_possibility(const Engine *e, const char *s, int n) {
    if (!search_sentence(e, 0, n, &S_POSSIBILITY) || search_sentence(e, 0, n, &S_DEFINITE))
        return 0;
    for (int p = 1; p < n; p++)
        if (s[p] >= 'A' && s[p] <= 'Z' && SPACECH[(unsigned char)s[p - 1]]) return 0;
    return 1;
}

static int is_generic(Engine *e, const char *s, int n, PyObject *names, int general_kind) {
    Py_ssize_t count = PyTuple_GET_SIZE(names);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *name = PyTuple_GET_ITEM(names, k);
        if (!PyUnicode_Check(name) || !PyUnicode_IS_ASCII(name)) continue;
        Py_ssize_t len = PyUnicode_GET_LENGTH(name);
        if (len == 0 || len > n) continue;
        const char *nm = (const char *)PyUnicode_1BYTE_DATA(name);
        for (Py_ssize_t p = 0; p + len <= n; p++) /* a whole word: "T's case", not "Tuesday" */
            if (s[p] == nm[0] && memcmp(s + p, nm, len) == 0 &&
                (p == 0 || !WORDCH[(unsigned char)s[p - 1]]) &&
                (p + len == n || !WORDCH[(unsigned char)s[p + len]]))
                return 0;
    }
    const char *t = e->lw;
    /* scopes._names_the_child_by_pronoun: after an indefinite person only an object pronoun
       ("a man who told her") is still the child. */
    if (search_sentence(e, 0, n, &S_THIS_CHILD)) { /* no pronoun: no person to look for */
        int person = indefinite_person(t, n);
        if (search_sentence(e, 0, person, &S_THIS_CHILD)) return 0;
        if (person < n && search_sentence(e, person, n, &S_CHILD_OBJECT)) return 0;
    }
    /* A question is put to the reader wherever it stands (a key line of enquiry, too). */
    int question = ends_with_question(s, n), rule = !question && rule_statement(t, n);
    if (!question && !rule && !search_sentence(e, 0, n, &S_GENERIC_MARKER) && !group_needs(t, n))
        return 0;
    if (question || rule || general_kind || recommendation_label(t, n) ||
        general_possibility(e, s, n))
        return 1;
    for (int r = 0; r < e->nruns; r++) {
        uint32_t mask = (uint32_t)e->runs[3 * r + 2];
        if (!(mask & (S_GENERIC_SUBJECT.bit | CHILDREN_BIT))) continue;
        int p = e->runs[3 * r];
        /* children(?!'s)\b */
        if (p + 8 <= n && memcmp(t + p, "children", 8) == 0 &&
            !(p + 10 <= n && t[p + 8] == '\'' && t[p + 9] == 's') && boundary(t, 0, n, p + 8))
            return 1;
        if (first_word_at(t, 0, n, p, &S_GENERIC_SUBJECT, NULL) >= 0)
            return 1;
    }
    return 0;
}

/* scopes._SAYING_BEFORE and _DOUBT_AFTER_COULD_NOT: prefixes of a word. */
static const Lit SAYING[] = {
    LIT("told"), LIT("tell"), LIT("said"), LIT("say"), LIT("threat"), LIT("warn"),
    LIT("promis"), LIT("offer"), LIT("demand"), LIT("insist"), LIT("claim"), LIT("wrot"),
    LIT("writ"), LIT("messag"), LIT("texted"),
};
static const Lit DOUBT_AFTER_NOT[] = {
    LIT("confirm"), LIT("establish"), LIT("determin"), LIT("verif"), LIT("rule"), LIT("sure"),
    LIT("certain"), LIT("prov"), LIT("substantiat"), LIT("exclud"), LIT("known"), LIT("know"),
};

static int prefix_in(const char *t, int hi, int p, const Lit *lits, int n) {
    for (int k = 0; k < n; k++)
        if (lit_at(t, hi, p, &lits[k])) return 1;
    return 0;
}

/* The word w, with \b after it, at p in t[lo:hi]? */
static int word_is(const char *t, int lo, int hi, int p, const char *w) {
    Lit l = {w, (int)strlen(w)};
    return lit_at(t, hi, p, &l) && boundary(t, lo, hi, p + l.n);
}

/* _SAYING_BEFORE.search(t[lo:hi]) */
static int saying_in(const char *t, int lo, int hi) {
    int p = lo;
    while (p < hi) {
        p = skip_nonword(t, p, hi);
        if (p >= hi) break;
        if (prefix_in(t, hi, p, SAYING, COUNT(SAYING))) return 1;
        p = word_end(t, p, hi);
    }
    return 0;
}

/* scopes._THREAT_AFTER_WOULD.match(t[p:hi]): a verb that spreads or shows something, and
   "unless" later: "the picture would go to everyone she followed unless she paid". */
static const char *const THREAT_VERB[] = {"go",    "send",   "post",  "share", "show",
                                          "leak",  "publish", "put",  "appear", "reach",
                                          "spread", "tell"};
static const char *const THREAT_PARTICIPLE[] = {"sent",  "posted",    "shared", "shown", "leaked",
                                                "published", "put",   "spread", "seen"};

static int word_in_list(const char *t, int lo, int hi, int p, const char *const *words, int n) {
    for (int k = 0; k < n; k++)
        if (word_is(t, lo, hi, p, words[k])) return 1;
    return 0;
}

static int threat_after_would(const char *t, int lo, int hi, int p) {
    p = skip_nonword(t, p, hi);
    if (p >= hi) return 0;
    if (word_is(t, lo, hi, p, "be")) {
        p = skip_nonword(t, p + 2, hi);
        if (p >= hi || !word_in_list(t, lo, hi, p, THREAT_PARTICIPLE, COUNT(THREAT_PARTICIPLE)))
            return 0;
    } else if (!word_in_list(t, lo, hi, p, THREAT_VERB, COUNT(THREAT_VERB))) {
        return 0;
    }
    for (p = word_end(t, p, hi); p < hi; p = word_end(t, p, hi)) {
        p = skip_nonword(t, p, hi);
        if (p < hi && word_is(t, lo, hi, p, "unless")) return 1;
    }
    return 0;
}

/* _COUNTERFACTUAL_AFTER["if" or "would"].match(t[p:hi]) */
static int counterfactual_after(const char *t, int lo, int hi, int p, int is_if) {
    p = skip_nonword(t, p, hi);
    if (!is_if) {
        if (word_is(t, lo, hi, p, "have")) return 1;
        if (!word_is(t, lo, hi, p, "not") || p + 3 >= hi) return 0;
        return word_is(t, lo, hi, skip_nonword(t, p + 3, hi), "have");
    }
    for (int k = 0; k <= 2; k++) { /* up to two words, then "had" */
        if (word_is(t, lo, hi, p, "had")) return 1;
        if (p >= hi) return 0;
        p = word_end(t, p, hi);
        if (p >= hi) return 0;
        p = skip_nonword(t, p, hi);
    }
    return 0;
}

/* "could" then t[p:hi]: "not" of inability ("could not pay"), not of doubt ("could not be
   confirmed")? */
static int inability_after(const char *t, int lo, int hi, int p) {
    p = skip_nonword(t, p, hi);
    if (!word_is(t, lo, hi, p, "not")) return 0;
    int q = p + 3;
    if (q >= hi) return 1;
    q = skip_nonword(t, q, hi);
    if (lit_at(t, hi, q, &(Lit)LIT("be")) && q + 2 < hi && !WORDCH[(unsigned char)t[q + 2]] &&
        prefix_in(t, hi, skip_nonword(t, q + 2, hi), DOUBT_AFTER_NOT, COUNT(DOUBT_AFTER_NOT)))
        return 0;
    return !prefix_in(t, hi, q, DOUBT_AFTER_NOT, COUNT(DOUBT_AFTER_NOT));
}


/* scopes._BE_AFTER: spaces, then the word "be", at t[q:]. */
static int be_after(const char *t, int lo, int hi, int q) {
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    return r > q && word_is(t, lo, hi, r, "be");
}


/* "paid what he could from his savings", "as much as she could": what was in the child's power,
   a fact, when no verb follows "could" (at p, ending at q); "what he could do" still doubts. */
static const char *const ABILITY_SUBJECTS[] = {"he", "she", "they", "we", "i", "you"};
static const char *const ABILITY_LEADS[] = {"what", "all", "everything", "whatever", "best", "as"};
static const char *const NO_VERB_WORDS[] = {"from", "to",   "for",    "and",   "but",
                                            "or",   "with", "in",     "on",    "at",
                                            "into", "before", "after", "until", "then", "so"};

/* scopes._PERSON_BEFORE.search(t[lo:p]): a person is the subject of "could" at p. */
static int person_before(const char *t, int lo, int p) {
    for (size_t k = 0; k < COUNT(ABILITY_SUBJECTS); k++)
        if (word_before(t, lo, p, ABILITY_SUBJECTS[k])) return 1;
    return 0;
}

static int ability_could(const char *t, int lo, int hi, int p, int q) {
    int subject = -1;
    for (size_t k = 0; k < COUNT(ABILITY_SUBJECTS) && subject < 0; k++)
        subject = word_start_before(t, lo, p, ABILITY_SUBJECTS[k]);
    if (subject < 0) return 0;
    int lead = 0;
    for (size_t k = 0; k < COUNT(ABILITY_LEADS) && !lead; k++)
        lead = word_before(t, lo, subject, ABILITY_LEADS[k]);
    if (!lead) return 0;
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    if (r >= hi || !WORDCH[(unsigned char)t[r]]) return 1;
    for (size_t k = 0; k < COUNT(NO_VERB_WORDS); k++)
        if (word_is(t, lo, hi, r, NO_VERB_WORDS[k])) return 1;
    return 0;
}

/* scopes._MONTH_BEFORE: words after which "may" is the month ("in May", "3 May"). */
static const char *const MONTH_BEFORE[] = {
    "in",   "of",  "since",   "by",     "until",  "till",   "during", "from",
    "early", "late", "mid", "between", "last", "before", "after",  "throughout"};

/* "may" at t[p:q] is the month: a day or year follows it, or a day or MONTH_BEFORE precedes it
   (scopes._MONTH_AFTER, _MONTH_BEFORE). */
static int month_may(const char *t, int lo, int hi, int p, int q) {
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    if (r > q && r < hi && t[r] >= '0' && t[r] <= '9') return 1;
    for (size_t k = 0; k < COUNT(MONTH_BEFORE); k++)
        if (word_before(t, lo, p, MONTH_BEFORE[k])) return 1;
    int end = p;
    while (end > lo && SPACECH[(unsigned char)t[end - 1]]) end--;
    if (end == p) return 0;
    int start = end;
    while (start > lo && t[start - 1] >= '0' && t[start - 1] <= '9') start--;
    return (end - start == 1 || end - start == 2) &&
           (start == lo || !WORDCH[(unsigned char)t[start - 1]]);
}

/* scopes._PURPOSE_BEFORE.search(t[lo:p]): "so", then one to four words each followed by white
   space, ending at p ("so that her mother would", "so he could"). */
static int purpose_before(const char *t, int lo, int p) {
    int q = p;
    for (int words = 0; words <= 4; words++) {
        int r = q;
        while (r > lo && SPACECH[(unsigned char)t[r - 1]]) r--;
        if (r == q) return 0;
        int s = r;
        while (s > lo && WORDCH[(unsigned char)t[s - 1]]) s--;
        if (s == r) return 0;
        if (words >= 1 && r - s == 2 && t[s] == 's' && t[s + 1] == 'o') return 1;
        q = s;
    }
    return 0;
}

/* scopes._APPEARING_AFTER.match(t[q:hi]): "appeared" of something turning up. */
static const char *const APPEARING_WORDS[] = {"on",     "in",     "at",        "online", "under",
                                              "within", "after",  "before",    "again",  "overnight",
                                              "from",   "across", "the",       "each",
                                              "every",  "whenever"};

/* scopes._noun_appearing: "an account appeared that posted rumours": after a word other than
   "it", "there" or "this", before "that", "which" or "who". p: the cue's start, q: its end. */
static int noun_appearing(const char *t, int lo, int hi, int p, int q) {
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    if (r == q || r >= hi) return 0;
    if (!word_is(t, lo, hi, r, "that") && !word_is(t, lo, hi, r, "which") &&
        !word_is(t, lo, hi, r, "who"))
        return 0;
    int b = p;
    while (b > lo && SPACECH[(unsigned char)t[b - 1]]) b--;
    if (b == p || b == lo || !WORDCH[(unsigned char)t[b - 1]]) return 0;
    return !word_before(t, lo, p, "it") && !word_before(t, lo, p, "there") &&
           !word_before(t, lo, p, "this");
}

/* scopes._IDENTITY_AFTER.match(t[q:hi]): " to be", " to belong", " to come from" after
   "appeared" or "seemed" (at q). */
static int identity_after(const char *t, int lo, int hi, int q) {
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    if (r == q || !word_is(t, lo, hi, r, "to")) return 0;
    int s = r + 2, u = s;
    while (u < hi && SPACECH[(unsigned char)t[u]]) u++;
    if (u == s) return 0;
    if (word_is(t, lo, hi, u, "be") || word_is(t, lo, hi, u, "belong")) return 1;
    if (!word_is(t, lo, hi, u, "come")) return 0;
    int v = u + 4, w = v;
    while (w < hi && SPACECH[(unsigned char)t[w]]) w++;
    return w > v && word_is(t, lo, hi, w, "from");
}

static int appearing_after(const char *t, int lo, int hi, int q) {
    int r = q;
    while (r < hi && SPACECH[(unsigned char)t[r]]) r++;
    if (r >= hi) return 0;
    if (!WORDCH[(unsigned char)t[r]]) return 1;
    for (size_t k = 0; k < COUNT(APPEARING_WORDS); k++)
        if (word_is(t, lo, hi, r, APPEARING_WORDS[k])) return 1;
    int w = word_end(t, r, hi);
    return w - r >= 4 && memcmp(t + w - 3, "ing", 3) == 0;
}

/* scopes._hedged over t[lo:hi]: does a hedge cue there express doubt? The sentence's own text
   e->lw[0:earlier] comes before t[lo:hi], and t[hi:rest] after it; after_span: t[lo:hi] follows
   the coded span. */
static int doubt_in(const Engine *e, const char *t, int lo, int hi, int rest, int earlier,
                    int after_span) {
    int said_earlier = -1;
    int p = lo;
    while (p < hi) {
        p = skip_nonword(t, p, hi);
        if (p >= hi) break;
        int which = -1;
        int len = S_HEDGE.count[(unsigned char)t[p]]
                      ? first_word_at(t, lo, hi, p, &S_HEDGE, &which)
                      : -1;
        if (len < 0) {
            p = word_end(t, p, hi);
            continue;
        }
        const char *cue = HEDGE[which].s;
        int q = p + len;
        if (after_span && (strcmp(cue, "if") == 0 || strcmp(cue, "whether") == 0)) {
            p = q; /* a question of its own after the span: "asked whether he had tried it" */
            continue;
        }
        if ((strcmp(cue, "would") == 0 || strcmp(cue, "could") == 0) && purpose_before(t, lo, p)) {
            p = q; /* a purpose acted on: "so that her mother would not see" */
            continue;
        }
        if (strncmp(cue, "appear", 6) == 0 &&
            (appearing_after(t, lo, hi, q) || noun_appearing(t, lo, hi, p, q))) {
            p = q; /* something turned up: "a new group appeared the next day" */
            continue;
        }
        if (strcmp(cue, "may") == 0 && month_may(t, lo, hi, p, q)) {
            p = q; /* the month */
            continue;
        }
        if ((strcmp(cue, "can be") == 0 || (strcmp(cue, "could") == 0 && be_after(t, lo, hi, q))) &&
            (word_before(t, lo, p, "that") || word_before(t, lo, p, "which"))) {
            /* "tokens that can be turned into money", "gifts that could be exchanged for money":
               what a thing is or was for, no doubt */
            p = q;
            continue;
        }
        if (strcmp(cue, "if") == 0 && word_before(t, lo, p, "as")) {
            p = q; /* "as if it were playground behaviour": a likeness, not a doubt */
            continue;
        }
        if ((strncmp(cue, "appear", 6) == 0 || strncmp(cue, "seem", 4) == 0) &&
            word_before(t, lo, p, "what")) {
            p = q; /* "she sent him what appeared to be a nude": the sending is not in doubt */
            continue;
        }
        if ((strncmp(cue, "appear", 6) == 0 || strncmp(cue, "seem", 4) == 0) &&
            identity_after(t, lo, after_span ? rest : hi, q) &&
            (word_before(t, lo, p, "that") || word_before(t, lo, p, "which") ||
             word_before(t, lo, p, "who"))) {
            p = q; /* "a profile that appeared to belong to a girl added him" */
            continue;
        }
        if (strcmp(cue, "would") == 0 &&
            (word_before(t, lo, p, "nobody") || word_before(t, lo, p, "no one"))) {
            p = q; /* "an account that nobody would own": a refusal that happened */
            continue;
        }
        if (strcmp(cue, "would") == 0 && threat_after_would(t, lo, rest, q)) {
            p = q; /* the terms of a threat */
            continue;
        }
        int could = strcmp(cue, "could") == 0;
        if (strcmp(cue, "would") == 0 || strcmp(cue, "if") == 0 ||
            (could && person_before(t, lo, p))) {
            /* the offender's words, or what someone was told they could do */
            if (said_earlier < 0) said_earlier = saying_in(e->lw, 0, earlier);
            if ((said_earlier || saying_in(t, lo, p)) &&
                !counterfactual_after(t, lo, hi, q, cue[0] == 'i')) {
                p = q;
                continue;
            }
        }
        if (could && (inability_after(t, lo, hi, q) || ability_could(t, lo, hi, p, q))) {
            p = q;
            continue;
        }
        return 1;
    }
    return 0;
}

/* scopes.assess on the lowered sentence e->lw[0:n] (generic is computed by the caller). */
static int assess(Engine *e, int n, int start, int end, int *negated, int *hedged,
                  int *practice) {
    const char *t = e->lw;
    int cstart = clause_start(e, start);
    *negated = 0;
    if (negation(e, t, n, start, end, cstart, negated, practice) < 0) return -1;
    *hedged =
        search_sentence(e, cstart, end, &S_HEDGE) && doubt_in(e, t, cstart, end, n, cstart, 0);
    if (!*hedged && search_sentence(e, end, n, &S_HEDGE_FIRST)) {
        int len = first_words(e, t, end, n, 3);
        if (len < 0) return -1;
        /* the sentence after those words, as it stands (scopes._JUST_AFTER) */
        int p = end, words = 0;
        while (words < 3) {
            while (p < n && SPACECH[(unsigned char)t[p]]) p++;
            if (p >= n) break;
            while (p < n && !SPACECH[(unsigned char)t[p]]) p++;
            words++;
        }
        int tail = words == 3 ? n - p : 0;
        memcpy(e->buf + len, t + p, (size_t)tail);
        e->buf[len + tail] = 0;
        *hedged = search_words(e->buf, 0, len, &S_HEDGE) &&
                  doubt_in(e, e->buf, 0, len, len + tail, end, 1);
    }
    return 0;
}

/* ------------------------------------------------------------------ Engine.code */

/* Code one sentence into e->spans (with their flags). Returns the number of codings, -2 for a
   text the engine does not handle (not ASCII), -1 on error. */
static int code_text(Engine *e, PyObject *text, PyObject *kind_name, PyObject *names) {
    if (!PyUnicode_IS_ASCII(text)) return -2;
    long kind = -1;
    if (kind_name == e->last_kind_name ||
        (kind_name != Py_None && e->last_kind_name && PyUnicode_Check(kind_name) &&
         PyUnicode_Check(e->last_kind_name) && PyUnicode_Compare(kind_name, e->last_kind_name) == 0)) {
        kind = e->last_kind; /* a review's sentences come a section at a time */
    } else if (kind_name != Py_None) {
        PyObject *code = PyDict_GetItemWithError(e->kind_codes, kind_name);
        if (!code && PyErr_Occurred()) return -1;
        if (code) kind = PyLong_AsLong(code);
        Py_INCREF(kind_name);
        Py_XSETREF(e->last_kind_name, kind_name);
        e->last_kind = kind;
    }
    uint64_t kind_bit = (kind >= 0 && kind < 64) ? (1ULL << kind) : 0;
    const char *s = (const char *)PyUnicode_1BYTE_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > INT32_MAX / 2) return -2;
    if (tokenize(e, s, n) < 0) return -1;
    e->nh = 0;
    e->seq = 0;
    if (run_scanner(e, &e->scanners[0]) < 0) return -1;
    if (kind_bit & e->sectioned_kinds)
        if (run_scanner(e, &e->scanners[1]) < 0) return -1;
    /* Section rules, then the exclude and context patterns of the themes found. */
    size_t kept = 0;
    for (size_t k = 0; k < e->nh; k++) {
        const Theme *th = &e->themes[e->hits[k].theme];
        if (th->sections && !(th->sections & kind_bit)) continue;
        e->hits[kept++] = e->hits[k];
    }
    e->nh = kept;
    if (kept == 0) return 0;
    for (size_t k = 0; k < kept; k++) e->theme_hit[e->hits[k].theme] = 1;
    for (int t = 0; t < e->nthemes; t++) {
        e->theme_flags[t] = 0;
        if (!e->theme_hit[t] || e->themes[t].checks < 0) continue;
        Scanner *sc = &e->scanners[e->themes[t].checks];
        size_t from = e->nh;
        if (run_scanner(e, sc) < 0) return -1;
        for (size_t k = from; k < e->nh; k++)
            e->theme_flags[t] |= sc->pats[e->hits[k].pid].role == ROLE_EXCLUDE ? 1 : 2;
        e->nh = from;
    }
    /* Merge each kept theme's overlapping spans (matcher._merge). */
    qsort(e->hits, kept, sizeof(Hit), cmp_hit);
    if (grow((void **)&e->spans, &e->s_cap, kept, sizeof(Span)) < 0) return -1;
    int nspans = 0;
    for (int t = 0; t < e->nthemes; t++) {
        if (!e->theme_hit[t]) continue;
        e->theme_hit[t] = 0;
        if ((e->theme_flags[t] & 1) || (e->themes[t].needs_context && !(e->theme_flags[t] & 2)))
            continue;
        int open = -1;
        for (size_t k = 0; k < kept; k++) {
            const Hit *h = &e->hits[k];
            if (h->theme != t) continue;
            if (open >= 0 && h->start < e->spans[open].end) {
                Span *last = &e->spans[open];
                if (h->end - h->start > last->end - last->start) last->source = h->source;
                if (h->end > last->end) last->end = h->end;
            } else {
                open = nspans++;
                e->spans[open] = (Span){h->start, h->end, h->source, t, e->themes[t].rank,
                                        0, 0, 0, 0};
            }
        }
    }
    if (nspans == 0) return 0;
    qsort(e->spans, nspans, sizeof(Span), cmp_span);
    if (find_runs(e, (int)n) < 0) return -1;
    int generic = is_generic(e, s, (int)n, names, (e->general_kinds & kind_bit) != 0);
    for (int k = 0; k < nspans; k++) {
        Span *sp = &e->spans[k];
        sp->generic = generic;
        if (assess(e, (int)n, sp->start, sp->end, &sp->negated, &sp->hedged, &sp->practice) < 0)
            return -1;
        if (e->exempt[sp->theme]) sp->negated = 0;
    }
    return nspans;
}

/* Append a coder.Coding per coding of the sentence just coded. */
static int append_codings(Engine *e, int count, PyObject *out, PyObject *id, PyObject *text) {
    for (int k = 0; k < count; k++) {
        const Span *sp = &e->spans[k];
        PyObject *matched = PyUnicode_Substring(text, sp->start, sp->end);
        if (!matched) return -1;
        PyObject *item = e->coding_type->tp_alloc(e->coding_type, 12);
        if (!item) {
            Py_DECREF(matched);
            return -1;
        }
        PyObject *values[12] = {
            id,
            PyTuple_GET_ITEM(e->theme_ids, sp->theme),
            PyTuple_GET_ITEM(e->categories, sp->theme),
            NULL,
            NULL,
            matched,
            PyTuple_GET_ITEM(e->sources, sp->source),
            sp->negated ? Py_True : Py_False,
            sp->hedged ? Py_True : Py_False,
            sp->generic ? Py_True : Py_False,
            sp->practice ? Py_True : Py_False,
            e->confidence[(sp->negated ? 4 : 0) + (sp->hedged ? 2 : 0) + (sp->generic ? 1 : 0)],
        };
        for (int j = 0; j < 12; j++) {
            if (j == 3 || j == 4) {
                PyObject *v = PyLong_FromLong(j == 3 ? sp->start : sp->end);
                if (!v) {
                    Py_DECREF(item);
                    return -1;
                }
                PyTuple_SET_ITEM(item, j, v);
            } else if (j == 5) {
                PyTuple_SET_ITEM(item, j, matched); /* steals the new reference */
            } else {
                Py_INCREF(values[j]);
                PyTuple_SET_ITEM(item, j, values[j]);
            }
        }
        /* It holds only numbers and strings: the cycle collector need never look at it. */
        if (PyLong_CheckExact(id) && PyObject_GC_IsTracked(item)) PyObject_GC_UnTrack(item);
        int failed = PyList_Append(out, item);
        Py_DECREF(item);
        if (failed) return -1;
    }
    return 0;
}

/* code(text, section_kind, names) -> [Coding] with sentence id 0; None when not ASCII. */
static PyObject *engine_code(Engine *e, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 3 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "code(text: str, section_kind: str | None, names: tuple)");
        return NULL;
    }
    int count = code_text(e, args[0], args[1], args[2]);
    if (count == -1) return NULL;
    if (count == -2) Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    PyObject *zero = PyLong_FromLong(0);
    if (!out || !zero || append_codings(e, count, out, zero, args[0]) < 0) {
        Py_XDECREF(out);
        Py_XDECREF(zero);
        return NULL;
    }
    Py_DECREF(zero);
    return out;
}

/* code_many(sentences, names) -> (codings, skipped): sentences are (id, text, section kind)
   tuples (coder.SentenceToCode); codings come in sentence order, and skipped holds the indexes
   of the sentences to code in Python. */
static PyObject *engine_code_many(Engine *e, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2 || !PyList_Check(args[0]) || !PyTuple_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError,
                        "code_many(sentences: list[tuple[id, str, str | None]], names: tuple)");
        return NULL;
    }
    PyObject *codings = PyList_New(0), *skipped = PyList_New(0);
    if (!codings || !skipped) goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(args[0]); i++) {
        PyObject *sentence = PyList_GET_ITEM(args[0], i);
        if (!PyTuple_Check(sentence) || PyTuple_GET_SIZE(sentence) != 3 ||
            !PyUnicode_Check(PyTuple_GET_ITEM(sentence, 1))) {
            PyErr_Format(PyExc_TypeError, "sentences[%zd] is not an (id, text, section kind) tuple",
                         i);
            goto fail;
        }
        PyObject *text = PyTuple_GET_ITEM(sentence, 1);
        int count = code_text(e, text, PyTuple_GET_ITEM(sentence, 2), args[1]);
        if (count == -1) goto fail;
        if (count == 0) continue;
        if (count == -2) {
            PyObject *index = PyLong_FromSsize_t(i);
            int failed = !index || PyList_Append(skipped, index) < 0;
            Py_XDECREF(index);
            if (failed) goto fail;
        } else if (append_codings(e, count, codings, PyTuple_GET_ITEM(sentence, 0), text) < 0) {
            goto fail;
        }
    }
    PyObject *result = PyTuple_Pack(2, codings, skipped);
    Py_DECREF(codings);
    Py_DECREF(skipped);
    return result;
fail:
    Py_XDECREF(codings);
    Py_XDECREF(skipped);
    return NULL;
}

/* Engine.assess(text, start, end, names, general_kind) -> (negated, hedged, generic, practice)
   or None for a non-ASCII text: the scope rules alone, for testing them against scopes.py. */
static PyObject *engine_assess(Engine *e, PyObject *args) {
    PyObject *text, *names;
    int start, end, general_kind;
    if (!PyArg_ParseTuple(args, "UiiO!p", &text, &start, &end, &PyTuple_Type, &names,
                          &general_kind))
        return NULL;
    if (!PyUnicode_IS_ASCII(text)) Py_RETURN_NONE;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0 || end < start || end > n) {
        PyErr_SetString(PyExc_ValueError, "span outside the text");
        return NULL;
    }
    const char *s = (const char *)PyUnicode_1BYTE_DATA(text);
    if (tokenize(e, s, n) < 0 || find_runs(e, (int)n) < 0) return NULL;
    int negated, hedged, practice;
    if (assess(e, (int)n, start, end, &negated, &hedged, &practice) < 0) return NULL;
    int generic = is_generic(e, s, (int)n, names, general_kind);
    return Py_BuildValue("(OOOO)", negated ? Py_True : Py_False, hedged ? Py_True : Py_False,
                         generic ? Py_True : Py_False, practice ? Py_True : Py_False);
}

/* ------------------------------------------------------------------ Engine construction */

static int as_int(PyObject *o, int *out) {
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return -1;
    *out = (int)v;
    return 0;
}

static int fill_table(Table *t, PyObject *list, int *count, int *max_len) {
    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "expected a list of str");
        return -1;
    }
    Py_ssize_t n = PyList_GET_SIZE(list);
    if (table_init(t, n) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(list, i), &len);
        if (!s) return -1;
        if (table_put(t, s, (int)len, (int)i) < 0) {
            PyErr_NoMemory();
            return -1;
        }
        if (max_len && len > *max_len) *max_len = (int)len;
    }
    *count = (int)n;
    return 0;
}

/* Mark the first three letters of each word; a word the key cannot describe (shorter than
   `shortest`, or with other characters) marks every key, so the filter never hides it. */
static int mark_starts(unsigned char *bits, PyObject *list, int shortest) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(list, i), &len);
        if (!s) return -1;
        char low[3];
        int plain = len >= shortest;
        for (int k = 0; k < 3 && k < len; k++) {
            unsigned char c = (unsigned char)s[k];
            low[k] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            if (!ALNUM[c]) plain = 0;
        }
        if (!plain) {
            memset(bits, 0xff, STARTS / 8 + 1);
            return 0;
        }
        int key = start_key(low, len < 3 ? (int)len : 3);
        bits[key >> 3] |= (unsigned char)(1 << (key & 7));
    }
    return 0;
}

/* Which scanners anchor on each word and prefix. */
static int index_scanner_bits(Engine *e) {
    e->word_scanners = PyMem_Calloc(e->nwords ? e->nwords : 1, sizeof(uint64_t));
    e->prefix_scanners = PyMem_Calloc(e->nprefixes ? e->nprefixes : 1, sizeof(uint64_t));
    if (!e->word_scanners || !e->prefix_scanners) {
        PyErr_NoMemory();
        return -1;
    }
    for (int k = 0; k < e->nscanners; k++) {
        Scanner *sc = &e->scanners[k];
        sc->bit = k < 63 ? 1ULL << k : 1ULL << 63; /* bit 63 stands for all the rest */
        for (int w = 0; w < e->nwords; w++)
            if (sc->word_off[w + 1] > sc->word_off[w]) e->word_scanners[w] |= sc->bit;
        for (int p = 0; p < e->nprefixes; p++)
            if (sc->pre_off[p + 1] > sc->pre_off[p]) e->prefix_scanners[p] |= sc->bit;
    }
    return 0;
}

/* The anchor word table: every word with an anchor in some scanner, or in some slot. */
static int index_anchor_words(Engine *e, PyObject *words) {
    PyObject *anchors = PyList_New(0);
    if (!anchors || table_init(&e->anchor_words, e->nwords) < 0) {
        Py_XDECREF(anchors);
        if (!PyErr_Occurred()) PyErr_NoMemory();
        return -1;
    }
    for (int w = 0; w < e->nwords; w++) {
        int anchored = e->required_words[w]; /* looked up as each sentence is read, too */
        for (int k = 0; k < e->nscanners && !anchored; k++)
            anchored = e->scanners[k].word_off[w + 1] > e->scanners[k].word_off[w];
        if (!anchored) continue;
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(words, w), &len);
        if (!s || PyList_Append(anchors, PyList_GET_ITEM(words, w)) < 0 ||
            table_put(&e->anchor_words, s, (int)len, w) < 0) {
            Py_DECREF(anchors);
            if (!PyErr_Occurred()) PyErr_NoMemory();
            return -1;
        }
    }
    int failed = mark_starts(e->anchor_start, anchors, 1);
    Py_DECREF(anchors);
    return failed;
}

static int index_prefix_lengths(Engine *e, PyObject *prefixes) {
    Py_ssize_t n = PyList_GET_SIZE(prefixes);
    e->prefix_keys = PyMem_Calloc(n ? n : 1, sizeof(int));
    e->prefix_lengths = PyMem_Calloc(n ? n : 1, sizeof(uint32_t));
    if (!e->prefix_keys || !e->prefix_lengths) {
        PyErr_NoMemory();
        return -1;
    }
    int count = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(prefixes, i), &len);
        if (!s) return -1;
        if (len < 3) continue; /* mark_starts has opened the filter for it */
        int key = start_key(s, 3), k = 0;
        while (k < count && e->prefix_keys[k] < key) k++;
        if (k == count || e->prefix_keys[k] != key) {
            memmove(e->prefix_keys + k + 1, e->prefix_keys + k, (count - k) * sizeof(int));
            memmove(e->prefix_lengths + k + 1, e->prefix_lengths + k, (count - k) * sizeof(uint32_t));
            e->prefix_keys[k] = key;
            e->prefix_lengths[k] = 0;
            count++;
        }
        e->prefix_lengths[k] |= 1u << (len < 31 ? len : 31);
        if (len >= 31) e->prefix_lengths[k] = 0xffffffffu;
    }
    e->nprefix_keys = count;
    return 0;
}

static int cmp_edge(const void *a, const void *b) {
    const Edge *x = a, *y = b;
    return (x->word > y->word) - (x->word < y->word);
}

static int read_edges(PyObject *list, Edge **out, int *count) {
    Py_ssize_t n = PyList_GET_SIZE(list);
    *count = (int)n;
    *out = n ? PyMem_Calloc(n, sizeof(Edge)) : NULL;
    if (n && !*out) return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PyList_GET_ITEM(list, i);
        if (as_int(PyTuple_GET_ITEM(pair, 0), &(*out)[i].word) < 0 ||
            as_int(PyTuple_GET_ITEM(pair, 1), &(*out)[i].child) < 0)
            return -1;
    }
    if (n) qsort(*out, n, sizeof(Edge), cmp_edge);
    return 0;
}

/* nodes: [(terminal, [(word, child)], [(cased word, child)], [(kind, prefix, gap, child)])] */
static int read_nodes(Engine *e, PyObject *nodes) {
    Py_ssize_t n = PyList_GET_SIZE(nodes);
    e->nodes = PyMem_Calloc(n ? n : 1, sizeof(Node));
    if (!e->nodes) return -1;
    e->nnodes = (int)n;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(nodes, i);
        Node *nd = &e->nodes[i];
        nd->terminal = PyObject_IsTrue(PyTuple_GET_ITEM(t, 0));
        if (read_edges(PyTuple_GET_ITEM(t, 1), &nd->lits, &nd->nlits) < 0 ||
            read_edges(PyTuple_GET_ITEM(t, 2), &nd->cased, &nd->ncased) < 0)
            return -1;
        if (nd->ncased) e->has_cased = 1;
        PyObject *others = PyTuple_GET_ITEM(t, 3);
        Py_ssize_t no = PyList_GET_SIZE(others);
        nd->nothers = (int)no;
        nd->others = no ? PyMem_Calloc(no, sizeof(Other)) : NULL;
        if (no && !nd->others) return -1;
        for (Py_ssize_t k = 0; k < no; k++) {
            PyObject *o = PyList_GET_ITEM(others, k);
            Other *ot = &nd->others[k];
            if (as_int(PyTuple_GET_ITEM(o, 0), &ot->kind) < 0 ||
                as_int(PyTuple_GET_ITEM(o, 2), &ot->gap) < 0 ||
                as_int(PyTuple_GET_ITEM(o, 3), &ot->child) < 0)
                return -1;
            Py_ssize_t len;
            const char *pre = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(o, 1), &len);
            if (!pre) return -1;
            ot->pre = PyMem_Malloc(len + 1);
            if (!ot->pre) return -1;
            memcpy(ot->pre, pre, len + 1);
            ot->prelen = (int)len;
        }
    }
    return 0;
}

/* anchors: [(key id, pid, lo, hi)] -> CSR arrays over `nkeys` keys. */
static int read_anchors(PyObject *list, int nkeys, int **off, Anchor **out) {
    Py_ssize_t n = PyList_GET_SIZE(list);
    *off = PyMem_Calloc(nkeys + 1, sizeof(int));
    *out = PyMem_Calloc(n ? n : 1, sizeof(Anchor));
    if (!*off || !*out) return -1;
    int *keys = PyMem_Calloc(n ? n : 1, sizeof(int));
    if (!keys) return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(list, i);
        if (as_int(PyTuple_GET_ITEM(t, 0), &keys[i]) < 0) goto fail;
        if (keys[i] < 0 || keys[i] >= nkeys) {
            PyErr_SetString(PyExc_ValueError, "anchor key out of range");
            goto fail;
        }
        (*off)[keys[i] + 1]++;
    }
    for (int k = 0; k < nkeys; k++) (*off)[k + 1] += (*off)[k];
    int *fill = PyMem_Calloc(nkeys ? nkeys : 1, sizeof(int));
    if (!fill) goto fail;
    /* Stable: anchors of one key keep their order (the automaton's order of patterns). */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(list, i);
        Anchor *a = &(*out)[(*off)[keys[i]] + fill[keys[i]]++];
        if (as_int(PyTuple_GET_ITEM(t, 1), &a->pid) < 0 ||
            as_int(PyTuple_GET_ITEM(t, 2), &a->lo) < 0 ||
            as_int(PyTuple_GET_ITEM(t, 3), &a->hi) < 0) {
            PyMem_Free(fill);
            goto fail;
        }
    }
    PyMem_Free(fill);
    PyMem_Free(keys);
    return 0;
fail:
    PyMem_Free(keys);
    return -1;
}

/* slots: tuple of tuples of markers (word id * 2, or prefix id * 2 + 1). */
static int read_slots(Engine *e, Pattern *pt, PyObject *slots) {
    if (!PyTuple_Check(slots)) {
        PyErr_SetString(PyExc_TypeError, "a pattern's slots must be a tuple of tuples of int");
        return -1;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(slots), items = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *slot = PyTuple_GET_ITEM(slots, k);
        if (!PyTuple_Check(slot)) {
            PyErr_SetString(PyExc_TypeError, "a pattern's slots must be a tuple of tuples of int");
            return -1;
        }
        items += PyTuple_GET_SIZE(slot);
    }
    pt->nslots = (int)n;
    pt->slot_off = PyMem_Calloc(n + 1, sizeof(int));
    pt->slot_items = PyMem_Calloc(items ? items : 1, sizeof(int));
    if (!pt->slot_off || !pt->slot_items) return -1;
    int j = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *slot = PyTuple_GET_ITEM(slots, k);
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(slot); i++) {
            int m;
            if (as_int(PyTuple_GET_ITEM(slot, i), &m) < 0) return -1;
            if (m < 0 || (m & 1 ? (m >> 1) >= e->nprefixes : (m >> 1) >= e->nwords)) {
                PyErr_SetString(PyExc_ValueError, "a slot refers to a missing word or prefix");
                return -1;
            }
            if (!(m & 1)) e->required_words[m >> 1] = 1;
            pt->slot_items[j++] = m;
        }
        pt->slot_off[k + 1] = j;
    }
    return 0;
}

/* scanner: ([(root, theme, role, source, first letters, slots)], word anchors, prefix anchors,
   [unanchored pid]) */
static int read_scanner(Engine *e, Scanner *sc, PyObject *t) {
    PyObject *pats = PyTuple_GET_ITEM(t, 0);
    Py_ssize_t n = PyList_GET_SIZE(pats);
    sc->npat = (int)n;
    sc->pats = PyMem_Calloc(n ? n : 1, sizeof(Pattern));
    sc->first_seq = PyMem_Malloc((n ? n : 1) * sizeof(int));
    if (!sc->pats || !sc->first_seq) return -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *p = PyList_GET_ITEM(pats, i);
        Pattern *pt = &sc->pats[i];
        if (!PyTuple_Check(p) || PyTuple_GET_SIZE(p) != 6) {
            PyErr_SetString(PyExc_TypeError, "a pattern is (root, theme, role, source, first "
                                             "letters, slots)");
            return -1;
        }
        if (as_int(PyTuple_GET_ITEM(p, 0), &pt->root) < 0 ||
            as_int(PyTuple_GET_ITEM(p, 1), &pt->theme) < 0 ||
            as_int(PyTuple_GET_ITEM(p, 2), &pt->role) < 0 ||
            as_int(PyTuple_GET_ITEM(p, 3), &pt->source) < 0)
            return -1;
        pt->first_letters = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(p, 4));
        if (PyErr_Occurred() || read_slots(e, pt, PyTuple_GET_ITEM(p, 5)) < 0) return -1;
        if (pt->root < 0 || pt->root >= e->nnodes || pt->theme < 0 || pt->theme >= e->nthemes ||
            pt->source < 0 || pt->source >= PyTuple_GET_SIZE(e->sources)) {
            PyErr_SetString(PyExc_ValueError, "pattern refers to a missing node or theme");
            return -1;
        }
        sc->first_seq[i] = -1;
    }
    if (read_anchors(PyTuple_GET_ITEM(t, 1), e->nwords, &sc->word_off, &sc->word_anchors) < 0 ||
        read_anchors(PyTuple_GET_ITEM(t, 2), e->nprefixes, &sc->pre_off, &sc->pre_anchors) < 0)
        return -1;
    PyObject *un = PyTuple_GET_ITEM(t, 3);
    sc->nun = (int)PyList_GET_SIZE(un);
    sc->unanchored = PyMem_Calloc(sc->nun ? sc->nun : 1, sizeof(int));
    if (!sc->unanchored) return -1;
    for (int k = 0; k < sc->nun; k++)
        if (as_int(PyList_GET_ITEM(un, k), &sc->unanchored[k]) < 0) return -1;
    return 0;
}

static void engine_dealloc(Engine *e) {
    table_free(&e->words);
    table_free(&e->anchor_words);
    table_free(&e->prefixes);
    for (int i = 0; e->nodes && i < e->nnodes; i++) {
        PyMem_Free(e->nodes[i].lits);
        PyMem_Free(e->nodes[i].cased);
        for (int k = 0; k < e->nodes[i].nothers; k++) PyMem_Free(e->nodes[i].others[k].pre);
        PyMem_Free(e->nodes[i].others);
    }
    PyMem_Free(e->nodes);
    for (int i = 0; e->scanners && i < e->nscanners; i++) {
        Scanner *sc = &e->scanners[i];
        for (int k = 0; sc->pats && k < sc->npat; k++) {
            PyMem_Free(sc->pats[k].slot_off);
            PyMem_Free(sc->pats[k].slot_items);
        }
        PyMem_Free(sc->pats);
        PyMem_Free(sc->first_seq);
        PyMem_Free(sc->word_off);
        PyMem_Free(sc->word_anchors);
        PyMem_Free(sc->pre_off);
        PyMem_Free(sc->pre_anchors);
        PyMem_Free(sc->unanchored);
    }
    PyMem_Free(e->scanners);
    PyMem_Free(e->word_scanners);
    PyMem_Free(e->prefix_scanners);
    PyMem_Free(e->required_words);
    PyMem_Free(e->word_seen);
    PyMem_Free(e->prefix_seen);
    PyMem_Free(e->themes);
    PyMem_Free(e->prefix_keys);
    PyMem_Free(e->prefix_lengths);
    PyMem_Free(e->exempt);
    Py_XDECREF(e->theme_ids);
    Py_XDECREF(e->categories);
    Py_XDECREF(e->sources);
    Py_XDECREF(e->kind_codes);
    Py_XDECREF(e->coding_type);
    Py_XDECREF(e->last_kind_name);
    for (int k = 0; k < 8; k++) Py_XDECREF(e->confidence[k]);
    PyMem_Free(e->lw);
    PyMem_Free(e->ws);
    PyMem_Free(e->we);
    PyMem_Free(e->lid);
    PyMem_Free(e->oid);
    PyMem_Free(e->wpre_off);
    PyMem_Free(e->anchored);
    PyMem_Free(e->wpre);
    PyMem_Free(e->cands);
    PyMem_Free(e->hits);
    PyMem_Free(e->spans);
    PyMem_Free(e->theme_hit);
    PyMem_Free(e->theme_flags);
    PyMem_Free(e->buf);
    PyMem_Free(e->runs);
    PyMem_Free(e->breaks);
    Py_TYPE(e)->tp_free((PyObject *)e);
}

/* Engine(words, prefixes, nodes, scanners, themes, sectioned_kinds, general_kinds)
   themes: [(rank, sections mask, needs context, checks scanner or -1)]; scanners[0] holds the
   themes for any section, scanners[1] the section-limited ones. */
static int engine_init(Engine *e, PyObject *args, PyObject *kwds) {
    PyObject *words, *prefixes, *nodes, *scanners, *themes, *theme_ids, *categories, *exempt;
    PyObject *sources, *confidence, *kind_codes, *coding_type;
    unsigned long long sectioned, general;
    if (e->nodes) {
        PyErr_SetString(PyExc_RuntimeError, "Engine is already initialised");
        return -1;
    }
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!KKO!O!O!O!O!O!O!", &PyList_Type, &words, &PyList_Type,
                          &prefixes, &PyList_Type, &nodes, &PyList_Type, &scanners, &PyList_Type,
                          &themes, &sectioned, &general, &PyTuple_Type, &theme_ids, &PyTuple_Type,
                          &categories, &PyTuple_Type, &exempt, &PyTuple_Type, &sources,
                          &PyTuple_Type, &confidence, &PyDict_Type, &kind_codes, &PyType_Type,
                          &coding_type))
        return -1;
    if (!PyType_IsSubtype((PyTypeObject *)coding_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "the coding type must be a tuple subclass");
        return -1;
    }
    Py_INCREF(coding_type);
    e->coding_type = (PyTypeObject *)coding_type;
    Py_ssize_t nthemes = PyList_GET_SIZE(themes);
    if (PyTuple_GET_SIZE(theme_ids) != nthemes || PyTuple_GET_SIZE(categories) != nthemes ||
        PyTuple_GET_SIZE(exempt) != nthemes || PyTuple_GET_SIZE(confidence) != 8) {
        PyErr_SetString(PyExc_ValueError, "theme ids, categories and exemptions: one per theme; "
                                          "confidence: eight values");
        return -1;
    }
    e->exempt = PyMem_Calloc(nthemes ? nthemes : 1, 1);
    if (!e->exempt) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < nthemes; i++)
        e->exempt[i] = (unsigned char)PyObject_IsTrue(PyTuple_GET_ITEM(exempt, i));
    Py_INCREF(theme_ids);
    e->theme_ids = theme_ids;
    Py_INCREF(categories);
    e->categories = categories;
    Py_INCREF(sources);
    e->sources = sources;
    Py_INCREF(kind_codes);
    e->kind_codes = kind_codes;
    for (int k = 0; k < 8; k++) {
        e->confidence[k] = PyTuple_GET_ITEM(confidence, k);
        Py_INCREF(e->confidence[k]);
    }
    e->sectioned_kinds = sectioned;
    e->general_kinds = general;
    if (fill_table(&e->words, words, &e->nwords, NULL) < 0 ||
        fill_table(&e->prefixes, prefixes, &e->nprefixes, &e->max_prefix) < 0)
        return -1;
    if (mark_starts(e->word_start, words, 1) < 0 || mark_starts(e->prefix_start, prefixes, 3) < 0 ||
        index_prefix_lengths(e, prefixes) < 0)
        return -1;
    if (read_nodes(e, nodes) < 0) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t nt = PyList_GET_SIZE(themes);
    e->nthemes = (int)nt;
    e->themes = PyMem_Calloc(nt ? nt : 1, sizeof(Theme));
    e->theme_hit = PyMem_Calloc(nt ? nt : 1, sizeof(int));
    e->theme_flags = PyMem_Calloc(nt ? nt : 1, sizeof(int));
    if (!e->themes || !e->theme_hit || !e->theme_flags) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t ns = PyList_GET_SIZE(scanners);
    if (ns < 2) {
        PyErr_SetString(PyExc_ValueError, "need at least two scanners");
        return -1;
    }
    for (Py_ssize_t i = 0; i < nt; i++) {
        PyObject *t = PyList_GET_ITEM(themes, i);
        Theme *th = &e->themes[i];
        int needs;
        if (as_int(PyTuple_GET_ITEM(t, 0), &th->rank) < 0) return -1;
        th->sections = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(t, 1));
        if (PyErr_Occurred() || as_int(PyTuple_GET_ITEM(t, 2), &needs) < 0 ||
            as_int(PyTuple_GET_ITEM(t, 3), &th->checks) < 0)
            return -1;
        th->needs_context = needs;
        if (th->checks >= ns) {
            PyErr_SetString(PyExc_ValueError, "theme refers to a missing scanner");
            return -1;
        }
    }
    e->scanners = PyMem_Calloc(ns, sizeof(Scanner));
    e->required_words = PyMem_Calloc(e->nwords ? e->nwords : 1, 1);
    e->word_seen = PyMem_Calloc(e->nwords ? e->nwords : 1, sizeof(uint32_t));
    e->prefix_seen = PyMem_Calloc(e->nprefixes ? e->nprefixes : 1, sizeof(uint32_t));
    if (!e->scanners || !e->required_words || !e->word_seen || !e->prefix_seen) {
        PyErr_NoMemory();
        return -1;
    }
    e->nscanners = (int)ns;
    for (Py_ssize_t i = 0; i < ns; i++) {
        if (read_scanner(e, &e->scanners[i], PyList_GET_ITEM(scanners, i)) < 0) {
            if (!PyErr_Occurred()) PyErr_NoMemory();
            return -1;
        }
    }
    if (index_scanner_bits(e) < 0) return -1;
    int failed = index_anchor_words(e, words);
    PyMem_Free(e->required_words); /* only the anchor word table reads it */
    e->required_words = NULL;
    return failed;
}

static PyMethodDef engine_methods[] = {
    {"code", (PyCFunction)(void (*)(void))engine_code, METH_FASTCALL,
     "code(text, section_kind, names) -> [Coding], or None when the text is not ASCII."},
    {"code_many", (PyCFunction)(void (*)(void))engine_code_many, METH_FASTCALL,
     "code_many(sentences, names) -> ([Coding], [index of a sentence that is not ASCII]); "
     "sentences are (id, text, section kind) tuples."},
    {"assess", (PyCFunction)engine_assess, METH_VARARGS,
     "assess(text, start, end, names, general_kind) -> (negated, hedged, generic, practice), "
     "or None when the text is not ASCII."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "casebrief.coding._fastcode.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A codebook compiled for coding ASCII sentences.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)engine_init,
    .tp_dealloc = (destructor)engine_dealloc,
    .tp_methods = engine_methods,
};

static struct PyModuleDef fastcode_module = {
    PyModuleDef_HEAD_INIT, "_fastcode", "Compiled coding of ASCII sentences.", -1, NULL,
};

PyMODINIT_FUNC PyInit__fastcode(void) {
    init_classes();
    if (init_sets() < 0) {
        PyErr_SetString(PyExc_RuntimeError, "a word list has too many words with one first letter");
        return NULL;
    }
    for (int k = 0; k < NFORWARD; k++) {
        NOMINAL[k] = (unsigned char)FORWARD_CUE_IN(k, NOMINAL_CUES);
        ENDS_AT_AND[k] = (unsigned char)FORWARD_CUE_IN(k, CUES_ENDING_AT_AND);
    }
    if (PyType_Ready(&EngineType) < 0) return NULL;
    PyObject *m = PyModule_Create(&fastcode_module);
    if (!m) return NULL;
    Py_INCREF(&EngineType);
    if (PyModule_AddObject(m, "Engine", (PyObject *)&EngineType) < 0) {
        Py_DECREF(&EngineType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

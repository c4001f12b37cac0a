/*
 * native_fmt.c — package fmt's natives: Print*, Sprint*, Append* and the
 * formatting half of Errorf (errorf), over runtime/fmt.c; the scanner of
 * the Scan family (Go's scan.go in C, below). Fprint*, Errorf itself, the
 * wrapError type and the Scan functions are Go source in stdlib/fmt/fmt.go,
 * built on these. Package errors' one native (isComparable, for errors.Is)
 * and math/bits' two (its runtime errors) live here too.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/fmt.h"
#include "runtime/gc.h"
#include "runtime/gomath.h"
#include "runtime/sched.h"
#include "runtime/strconv.h"
#include "stdlib/native.h"
#include "util/mem.h"
#include "vm/vm.h"

enum { PRINT, PRINTLN };

static void format_print(G *g, Buf *b, int how, GoSlice a)
{
    if (how == PRINT)
        fmt_sprint(g, b, a.ptr, a.len);
    else
        fmt_sprintln(g, b, a.ptr, a.len);
}

/* Writes b to standard output and returns (n int, err error). */
static void write_stdout(G *g, uint64_t *args, Buf *b)
{
    if (b->n)
        rt_write(g, 1, b->s, b->n);
    args[0] = b->n;
    ret_nil(args, 1);
    buf_free(b);
}

/* func Print(a ...any) (n int, err error) */
static void fmt_Print(G *g, uint64_t *args)
{
    Buf b = { 0 };
    format_print(g, &b, PRINT, nat_slice(args, 0));
    write_stdout(g, args, &b);
}

static void fmt_Println(G *g, uint64_t *args)
{
    Buf b = { 0 };
    format_print(g, &b, PRINTLN, nat_slice(args, 0));
    write_stdout(g, args, &b);
}

/* func Printf(format string, a ...any) (n int, err error) */
static void fmt_Printf(G *g, uint64_t *args)
{
    GoString f = nat_str(args, 0);
    GoSlice a = nat_slice(args, 2);
    Buf b = { 0 };
    fmt_sprintf(g, &b, f.ptr, f.len, a.ptr, a.len);
    write_stdout(g, args, &b);
}

/* func Sprint(a ...any) string */
static void fmt_Sprint(G *g, uint64_t *args)
{
    Buf b = { 0 };
    format_print(g, &b, PRINT, nat_slice(args, 0));
    ret_str(args, 0, natives_buf_string(g, &b));
}

static void fmt_Sprintln(G *g, uint64_t *args)
{
    Buf b = { 0 };
    format_print(g, &b, PRINTLN, nat_slice(args, 0));
    ret_str(args, 0, natives_buf_string(g, &b));
}

/* func Sprintf(format string, a ...any) string */
static void fmt_Sprintf(G *g, uint64_t *args)
{
    GoString f = nat_str(args, 0);
    GoSlice a = nat_slice(args, 2);
    Buf b = { 0 };
    fmt_sprintf(g, &b, f.ptr, f.len, a.ptr, a.len);
    ret_str(args, 0, natives_buf_string(g, &b));
}

static void append_buf(G *g, uint64_t *args, GoSlice dst, Buf *b)
{
    ret_slice(args, 0, natives_append(g, dst, b->s, b->n));
    buf_free(b);
}

/* func Append(b []byte, a ...any) []byte */
static void fmt_Append(G *g, uint64_t *args)
{
    GoSlice dst = nat_slice(args, 0);
    Buf b = { 0 };
    format_print(g, &b, PRINT, nat_slice(args, 3));
    append_buf(g, args, dst, &b);
}

static void fmt_Appendln(G *g, uint64_t *args)
{
    GoSlice dst = nat_slice(args, 0);
    Buf b = { 0 };
    format_print(g, &b, PRINTLN, nat_slice(args, 3));
    append_buf(g, args, dst, &b);
}

/* func Appendf(b []byte, format string, a ...any) []byte */
static void fmt_Appendf(G *g, uint64_t *args)
{
    GoSlice dst = nat_slice(args, 0);
    GoString f = nat_str(args, 3);
    GoSlice a = nat_slice(args, 5);
    Buf b = { 0 };
    fmt_sprintf(g, &b, f.ptr, f.len, a.ptr, a.len);
    append_buf(g, args, dst, &b);
}

/* func errorf(format string, a []any) (msg string, wrapped any): Errorf's
 * text and the operand of its %w verb (nil when there is none). */
static void errorf_native(G *g, uint64_t *args)
{
    GoString f = nat_str(args, 0);
    GoSlice a = nat_slice(args, 2);
    Buf b = { 0 };
    GoEface w = fmt_errorf(g, &b, f.ptr, f.len, a.ptr, a.len);
    ret_str(args, 0, natives_buf_string(g, &b));
    args[2] = (uint64_t)(uintptr_t)w.type;
    args[3] = (uint64_t)(uintptr_t)w.data;
}

/* ---- Scanning: Go 1.19's src/fmt/scan.go, function by function ----
 *
 * A Scanner is Go's ss: the rune source, the token accumulator (buf), the
 * count of runes read, the newline rules of the call and the width limits.
 * Go's scanner reports errors by panicking with a scanError that doScan's
 * errorHandler recovers; here they longjmp to the native's entry (s->jb)
 * with the error kept in the Scanner (ekind and emsg or eval), and fmt.go
 * turns it into the error value Go returns.
 *
 * Sources. Sscan* reads the string itself, as Go's readRune reads its
 * stringReader: a byte at a time, bad UTF-8 decoded as Go's readRune does.
 * Fscan* reads an io.Reader: through its ReadRune and UnreadRune methods
 * when it is an io.RuneScanner, else through readRune over its Read method,
 * one byte per call (so nothing past what is scanned is consumed, but the
 * rune peeked at the end is lost, as in Go). Scan* reads descriptor 0 as
 * Fscan(os.Stdin) does, one read(2) per byte. Methods are called back with
 * vm_call (ss_call), which frees the Scanner's C memory if a panic leaves
 * the method. The operand of a Scanner's Scan method is called through
 * fmt.go's callScan with a ScanState whose methods are the ss natives below.
 *
 * Go values: the operands are reached through the argument slice, which the
 * native's argument window keeps alive; a value made here (a string, a
 * []byte) is stored into its operand at once, so no Go object is held only
 * in C across a call back into Go (rt.h).
 */

#define HUGE_WID (1 << 30)
#define EOFR (-1)

enum { SRC_STRING, SRC_RUNES, SRC_READER, SRC_STDIN };
/* error kinds for fmt.go's scanErr */
enum { SE_NONE, SE_EOF, SE_UNEXPECTED_EOF, SE_TEXT, SE_VALUE };
/* the underlying ReadRune's outcome */
enum { RS_OK, RS_EOF, RS_ERR };

typedef struct Scanner {
    G *g;
    int src;
    const uint8_t *str;         /* SRC_STRING */
    int64_t slen, spos;
    GoIface rd;                 /* SRC_RUNES: io.RuneScanner; SRC_READER: io.Reader */
    GoSlice rbuf;               /* SRC_READER: a 1-byte []byte from fmt.go */
    GoIface eof;                /* io.EOF */
    Closure *callscan;          /* fmt.go's callScan */
    /* readRune (all sources but SRC_RUNES) */
    uint8_t pendbuf[UTF8_MAX];
    int pending;
    int32_t peek_rune;          /* >= 0: the next rune; < 0: ^(the previous rune) */
    /* ss */
    Buf buf;                    /* token accumulator */
    Buf aux;                    /* a complex number's tokens */
    int64_t count;              /* runes consumed so far */
    int at_eof, nl_is_space, nl_is_end;
    int64_t arg_limit, limit, max_wid;
    /* errors */
    jmp_buf *jb;
    int ekind;
    Buf emsg;                   /* SE_TEXT */
    GoIface eval;               /* SE_VALUE */
    /* the underlying reader's error (RS_ERR): a value, or text (stdin) */
    GoIface rerr;
    int rerr_text;
    int64_t processed;          /* doScan's and doScanf's numProcessed */
} Scanner;

static void ss_free(Scanner *s)
{
    buf_free(&s->buf);
    buf_free(&s->aux);
    buf_free(&s->emsg);
}

static _Noreturn void ss_fail(Scanner *s, int kind)
{
    s->ekind = kind;
    longjmp(*s->jb, 1);
}

/* s.errorString(msg) */
static _Noreturn void ss_error_string(Scanner *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static _Noreturn void ss_error_string(Scanner *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *m = xvasprintf(fmt, ap);
    va_end(ap);
    s->emsg.n = 0;
    buf_puts(&s->emsg, m);
    free(m);
    ss_fail(s, SE_TEXT);
}

/* s.errorString of a message with Go bytes in it: prefix + p[:n] + suffix */
static _Noreturn void ss_error_bytes(Scanner *s, const char *prefix, const void *p, size_t n,
                                     const char *suffix)
{
    s->emsg.n = 0;
    buf_puts(&s->emsg, prefix);
    nat_add(&s->emsg, p, (int64_t)n);
    buf_puts(&s->emsg, suffix);
    ss_fail(s, SE_TEXT);
}

/* s.error(err) for strconv's *NumError: its text (the error value is not a
 * *strconv.NumError: fmt does not import strconv). */
static _Noreturn void ss_num_error(Scanner *s, const char *fn, const void *num, size_t n, int code)
{
    s->emsg.n = 0;
    buf_printf(&s->emsg, "strconv.%s: parsing ", fn);
    strconv_quote(&s->emsg, num, n, '"', 0, 0);
    buf_puts(&s->emsg, code == STRCONV_ERANGE ? ": value out of range" : ": invalid syntax");
    ss_fail(s, SE_TEXT);
}

/* s.error of the underlying reader's error */
static _Noreturn void ss_reader_error(Scanner *s)
{
    if (s->rerr_text)
        ss_fail(s, SE_TEXT);    /* the text is in emsg already */
    s->eval = s->rerr;
    ss_fail(s, SE_VALUE);
}

static int is_eof_value(const Scanner *s, GoIface e)
{
    const Itab *a = e.tab, *b = s->eof.tab;
    return a && b && (a == b || a->type == b->type) && e.data == s->eof.data;
}

/* A method call back into Go. A panic that leaves it (or runtime.Goexit)
 * frees the Scanner's C memory and goes on to the enclosing vm_execute. */
static void ss_call(Scanner *s, Closure *fn, const uint64_t *args, int nargs, uint64_t *res, int nres)
{
    G *g = s->g;
    jmp_buf jb;
    void *outer = g->jb;
    g->jb = &jb;
    if (setjmp(jb)) {
        ss_free(s);
        g->jb = outer;
        longjmp(*(jmp_buf *)outer, 1);
    }
    vm_call(g, fn, args, nargs, res, nres);
    g->jb = outer;
}

/* -- the sources' bytes, and Go's readRune over them -- */

/* io.ReadFull(r, buf[:1]) of the source: 1 and the byte, 0 at EOF, -1 on
 * an error (s->rerr, s->rerr_text), or 2 when a Reader misbehaved so that
 * Go's readByte returns 0 with no error (n != 1 from ReadFull). */
static int src_read_byte(Scanner *s, uint8_t *c)
{
    G *g = s->g;
    switch (s->src) {
    case SRC_STRING:
        if (s->spos >= s->slen)
            return 0;
        *c = s->str[s->spos++];
        return 1;
    case SRC_STDIN: {
        /* os.File's Read of /dev/stdin, one byte */
        rt_flush(g);
        ssize_t r;
        entersyscall(g);
        do
            r = read(0, c, 1);
        while (r < 0 && errno == EINTR);
        int err = r < 0 ? errno : 0;
        exitsyscall(g);
        if (r == 1)
            return 1;
        if (r == 0)
            return 0;
        s->emsg.n = 0;
        buf_puts(&s->emsg, "read /dev/stdin: ");
        const char *m = strerror(err);
        if (m[0] >= 'A' && m[0] <= 'Z' && !(m[1] >= 'A' && m[1] <= 'Z')) {
            buf_putc(&s->emsg, (char)(m[0] - 'A' + 'a'));
            m++;
        }
        buf_puts(&s->emsg, m);
        s->rerr_text = 1;
        return -1;
    }
    default: {
        /* io.ReadAtLeast(r, buf, 1) with len(buf) == 1 */
        int64_t n = 0;
        GoIface err = { NULL, NULL };
        if (!s->rd.tab) {       /* Fscan of a nil io.Reader */
            ss_free(s);
            rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        }
        while (n < 1 && !err.tab) {
            if (n < 0 || n > s->rbuf.len) {     /* a Read that returned n < 0 */
                ss_free(s);
                rt_panic_runtime(g, "slice bounds out of range [%lld:%lld]", (long long)n,
                                 (long long)s->rbuf.len);
            }
            uint64_t args[4] = { (uint64_t)(uintptr_t)s->rd.data,
                                 (uint64_t)(uintptr_t)((uint8_t *)s->rbuf.ptr + n),
                                 (uint64_t)(s->rbuf.len - n), (uint64_t)(s->rbuf.cap - n) };
            uint64_t res[3];
            ss_call(s, s->rd.tab->fun[0], args, 4, res, 3);
            n += (int64_t)res[0];
            err.tab = (const Itab *)(uintptr_t)res[1];
            err.data = (void *)(uintptr_t)res[2];
        }
        if (n >= 1)
            err.tab = NULL;
        if (n != 1) {
            if (!err.tab)
                return 2;
            if (is_eof_value(s, err))
                return 0;
            s->rerr = err;
            s->rerr_text = 0;
            return -1;
        }
        *c = *(uint8_t *)s->rbuf.ptr;
        return 1;
    }
    }
}

/* readRune.readByte */
static int rr_read_byte(Scanner *s, uint8_t *c)
{
    if (s->pending > 0) {
        *c = s->pendbuf[0];
        memmove(s->pendbuf, s->pendbuf + 1, UTF8_MAX - 1);
        s->pending--;
        return 1;
    }
    int r = src_read_byte(s, c);
    if (r == 2) {
        *c = 0;
        return 1;
    }
    return r;
}

/* utf8.FullRune */
static int full_rune(const uint8_t *p, int n)
{
    if (n == 0)
        return 0;
    unsigned c = p[0];
    if (c < 0x80 || c < 0xC2 || c > 0xF4)
        return 1;               /* ASCII, or an invalid lead byte: a rune (error) of 1 */
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n >= need)
        return 1;
    /* an invalid second byte makes it a complete (bad) rune too */
    if (n > 1) {
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        if (p[1] < lo || p[1] > hi)
            return 1;
        if (n > 2 && (p[2] < 0x80 || p[2] > 0xBF))
            return 1;
    }
    return 0;
}

/* s.rs.ReadRune(): readRune.ReadRune, or the io.RuneScanner's. */
static int rs_read_rune(Scanner *s, int32_t *rr, int64_t *size)
{
    *rr = 0;
    *size = 0;
    if (s->src == SRC_RUNES) {
        uint64_t arg = (uint64_t)(uintptr_t)s->rd.data, res[4];
        ss_call(s, s->rd.tab->fun[0], &arg, 1, res, 4);
        *rr = (int32_t)res[0];
        *size = (int64_t)res[1];
        GoIface err = { (const Itab *)(uintptr_t)res[2], (void *)(uintptr_t)res[3] };
        if (!err.tab)
            return RS_OK;
        if (is_eof_value(s, err))
            return RS_EOF;
        s->rerr = err;
        s->rerr_text = 0;
        return RS_ERR;
    }
    if (s->peek_rune >= 0) {
        *rr = s->peek_rune;
        s->peek_rune = ~s->peek_rune;
        *size = utf8_rune_len(*rr);
        return RS_OK;
    }
    uint8_t buf[UTF8_MAX];
    int r = rr_read_byte(s, &buf[0]);
    if (r <= 0)
        return r == 0 ? RS_EOF : RS_ERR;
    if (buf[0] < 0x80) {
        *rr = buf[0];
        *size = 1;
        s->peek_rune = ~*rr;
        return RS_OK;
    }
    int n;
    for (n = 1; !full_rune(buf, n); n++) {
        r = rr_read_byte(s, &buf[n]);
        if (r <= 0) {
            if (r == 0)
                break;          /* EOF: decode what there is */
            return RS_ERR;
        }
    }
    int w;
    *rr = utf8_decode(buf, buf + n, &w);
    *size = w;
    if (w < n) {                /* an error: keep the bytes for the next read */
        memcpy(s->pendbuf + s->pending, buf + w, (size_t)(n - w));
        s->pending += n - w;
    }
    s->peek_rune = ~*rr;
    return RS_OK;
}

/* s.rs.UnreadRune() (its error is ignored, as ss.UnreadRune does) */
static void rs_unread_rune(Scanner *s)
{
    if (s->src == SRC_RUNES) {
        uint64_t arg = (uint64_t)(uintptr_t)s->rd.data, res[2];
        ss_call(s, s->rd.tab->fun[1], &arg, 1, res, 2);
        return;
    }
    if (s->peek_rune >= 0)
        return;                 /* "fmt: scanning called UnreadRune with no rune available" */
    s->peek_rune = ~s->peek_rune;
}

/* -- ss -- */

/* ss.ReadRune */
static int ss_read_rune(Scanner *s, int32_t *r, int64_t *size)
{
    *r = 0;
    *size = 0;
    if (s->at_eof || s->count >= s->arg_limit)
        return RS_EOF;
    int st = rs_read_rune(s, r, size);
    if (st == RS_OK) {
        s->count++;
        if (s->nl_is_end && *r == '\n')
            s->at_eof = 1;
    } else if (st == RS_EOF) {
        s->at_eof = 1;
    }
    return st;
}

/* ss.getRune: EOFR at EOF, other errors raised */
static int32_t ss_get_rune(Scanner *s)
{
    int32_t r;
    int64_t size;
    int st = ss_read_rune(s, &r, &size);
    if (st == RS_EOF)
        return EOFR;
    if (st == RS_ERR)
        ss_reader_error(s);
    return r;
}

static int32_t ss_must_read_rune(Scanner *s)
{
    int32_t r = ss_get_rune(s);
    if (r == EOFR)
        ss_fail(s, SE_UNEXPECTED_EOF);
    return r;
}

static void ss_unread_rune(Scanner *s)
{
    rs_unread_rune(s);
    s->at_eof = 0;
    s->count--;
}

/* fmt's isSpace: unicode.White_Space */
static int is_space(int32_t r)
{
    static const uint16_t space[][2] = {
        { 0x0009, 0x000d }, { 0x0020, 0x0020 }, { 0x0085, 0x0085 }, { 0x00a0, 0x00a0 },
        { 0x1680, 0x1680 }, { 0x2000, 0x200a }, { 0x2028, 0x2029 }, { 0x202f, 0x202f },
        { 0x205f, 0x205f }, { 0x3000, 0x3000 },
    };
    if (r >= 1 << 16)
        return 0;
    uint16_t rx = (uint16_t)r;  /* as Go: a negative rune wraps */
    for (size_t i = 0; i < sizeof space / sizeof space[0]; i++) {
        if (rx < space[i][0])
            return 0;
        if (rx <= space[i][1])
            return 1;
    }
    return 0;
}

/* indexRune(ok, r) >= 0 for the ASCII sets used here */
static int in_set(const char *ok, int32_t r)
{
    return r > 0 && r < 0x80 && strchr(ok, (int)r) != NULL;
}

static void buf_rune(Buf *b, int32_t r)
{
    char t[UTF8_MAX];
    buf_add(b, t, (size_t)utf8_encode(t, r < 0 ? RUNE_ERROR : (uint32_t)r));
}

static int ss_peek(Scanner *s, const char *ok);

/* ss.SkipSpace */
static void ss_skip_space(Scanner *s)
{
    for (;;) {
        int32_t r = ss_get_rune(s);
        if (r == EOFR)
            return;
        if (r == '\r' && ss_peek(s, "\n"))
            continue;
        if (r == '\n') {
            if (s->nl_is_space)
                continue;
            ss_error_string(s, "unexpected newline");
        }
        if (!is_space(r)) {
            ss_unread_rune(s);
            break;
        }
    }
}

/* ss.token with notSpace: the next space-delimited run into buf */
static void ss_token(Scanner *s, int skip_space)
{
    if (skip_space)
        ss_skip_space(s);
    for (;;) {
        int32_t r = ss_get_rune(s);
        if (r == EOFR)
            break;
        if (is_space(r)) {
            ss_unread_rune(s);
            break;
        }
        buf_rune(&s->buf, r);
    }
}

/* ss.consume */
static int ss_consume(Scanner *s, const char *ok, int accept)
{
    int32_t r = ss_get_rune(s);
    if (r == EOFR)
        return 0;
    if (in_set(ok, r)) {
        if (accept)
            buf_rune(&s->buf, r);
        return 1;
    }
    if (r != EOFR && accept)
        ss_unread_rune(s);
    return 0;
}

/* ss.peek */
static int ss_peek(Scanner *s, const char *ok)
{
    int32_t r = ss_get_rune(s);
    if (r != EOFR)
        ss_unread_rune(s);
    return in_set(ok, r);
}

/* ss.notEOF: Go panics with io.EOF, which errorHandler returns */
static void ss_not_eof(Scanner *s)
{
    if (ss_get_rune(s) == EOFR)
        ss_fail(s, SE_EOF);
    ss_unread_rune(s);
}

static int ss_accept(Scanner *s, const char *ok) { return ss_consume(s, ok, 1); }

/* ss.okVerb */
static int ss_ok_verb(Scanner *s, int32_t verb, const char *okverbs, const char *typ)
{
    if (verb > 0 && verb < 0x80 && strchr(okverbs, (int)verb))
        return 1;
    s->emsg.n = 0;
    buf_puts(&s->emsg, "bad verb '%");
    buf_rune(&s->emsg, verb);
    buf_printf(&s->emsg, "' for %s", typ);
    ss_fail(s, SE_TEXT);
}

static const char bool_error[] = "syntax error scanning boolean";
static const char complex_error[] = "syntax error scanning complex number";

/* ss.scanBool */
static int ss_scan_bool(Scanner *s, int32_t verb)
{
    ss_skip_space(s);
    ss_not_eof(s);
    ss_ok_verb(s, verb, "tv", "boolean");
    switch (ss_get_rune(s)) {
    case '0':
        return 0;
    case '1':
        return 1;
    case 't':
    case 'T':
        if (ss_accept(s, "rR") && (!ss_accept(s, "uU") || !ss_accept(s, "eE")))
            ss_error_string(s, "%s", bool_error);
        return 1;
    case 'f':
    case 'F':
        if (ss_accept(s, "aA") && (!ss_accept(s, "lL") || !ss_accept(s, "sS") || !ss_accept(s, "eE")))
            ss_error_string(s, "%s", bool_error);
        return 0;
    }
    return 0;
}

static const char binary_digits[] = "01";
static const char octal_digits[] = "01234567";
static const char decimal_digits[] = "0123456789";
static const char hexadecimal_digits[] = "0123456789aAbBcCdDeEfF";
static const char sign_chars[] = "+-";

/* ss.getBase */
static int ss_get_base(Scanner *s, int32_t verb, const char **digits)
{
    ss_ok_verb(s, verb, "bdoUxXv", "integer");
    switch (verb) {
    case 'b':
        *digits = binary_digits;
        return 2;
    case 'o':
        *digits = octal_digits;
        return 8;
    case 'x':
    case 'X':
    case 'U':
        *digits = hexadecimal_digits;
        return 16;
    }
    *digits = decimal_digits;
    return 10;
}

/* ss.scanNumber: the token is s->buf */
static void ss_scan_number(Scanner *s, const char *digits, int have_digits)
{
    if (!have_digits) {
        ss_not_eof(s);
        if (!ss_accept(s, digits))
            ss_error_string(s, "expected integer");
    }
    while (ss_accept(s, digits)) {
    }
}

/* ss.scanRune */
static int64_t ss_scan_rune(Scanner *s, int bitsize)
{
    ss_not_eof(s);
    int32_t r = ss_get_rune(s);
    unsigned n = (unsigned)bitsize;
    int64_t x = (int64_t)((uint64_t)(int64_t)r << (64 - n)) >> (64 - n);
    if (x != (int64_t)r) {
        s->emsg.n = 0;
        buf_puts(&s->emsg, "overflow on character value ");
        buf_rune(&s->emsg, r);
        ss_fail(s, SE_TEXT);
    }
    return (int64_t)r;
}

/* ss.scanBasePrefix (verb %v): base 0 lets strconv read the prefix */
static int ss_scan_base_prefix(Scanner *s, const char **digits, int *zero_found)
{
    if (!ss_peek(s, "0")) {
        *digits = "0123456789_";
        *zero_found = 0;
        return 0;
    }
    ss_accept(s, "0");
    *zero_found = 1;
    if (ss_peek(s, "bB")) {
        ss_consume(s, "bB", 1);
        *digits = "01_";
    } else if (ss_peek(s, "oO")) {
        ss_consume(s, "oO", 1);
        *digits = "01234567_";
    } else if (ss_peek(s, "xX")) {
        ss_consume(s, "xX", 1);
        *digits = "0123456789aAbBcCdDeEfF_";
    } else {
        *digits = "01234567_";
    }
    return 0;
}

/* ss.scanInt */
static int64_t ss_scan_int(Scanner *s, int32_t verb, int bitsize)
{
    if (verb == 'c')
        return ss_scan_rune(s, bitsize);
    ss_skip_space(s);
    ss_not_eof(s);
    const char *digits;
    int base = ss_get_base(s, verb, &digits);
    int have_digits = 0;
    if (verb == 'U') {
        if (!ss_consume(s, "U", 0) || !ss_consume(s, "+", 0))
            ss_error_string(s, "bad unicode format ");
    } else {
        ss_accept(s, sign_chars);
        if (verb == 'v')
            base = ss_scan_base_prefix(s, &digits, &have_digits);
    }
    ss_scan_number(s, digits, have_digits);
    int64_t i;
    int code = strconv_parse_int((const uint8_t *)s->buf.s, s->buf.n, base, 64, &i);
    if (code != STRCONV_OK)
        ss_num_error(s, "ParseInt", s->buf.s, s->buf.n, code);
    unsigned n = (unsigned)bitsize;
    int64_t x = (int64_t)((uint64_t)i << (64 - n)) >> (64 - n);
    if (x != i)
        ss_error_bytes(s, "integer overflow on token ", s->buf.s, s->buf.n, "");
    return i;
}

/* ss.scanUint */
static uint64_t ss_scan_uint(Scanner *s, int32_t verb, int bitsize)
{
    if (verb == 'c')
        return (uint64_t)ss_scan_rune(s, bitsize);
    ss_skip_space(s);
    ss_not_eof(s);
    const char *digits;
    int base = ss_get_base(s, verb, &digits);
    int have_digits = 0;
    if (verb == 'U') {
        if (!ss_consume(s, "U", 0) || !ss_consume(s, "+", 0))
            ss_error_string(s, "bad unicode format ");
    } else if (verb == 'v') {
        base = ss_scan_base_prefix(s, &digits, &have_digits);
    }
    ss_scan_number(s, digits, have_digits);
    uint64_t i;
    int code = strconv_parse_uint((const uint8_t *)s->buf.s, s->buf.n, base, 64, &i);
    if (code != STRCONV_OK)
        ss_num_error(s, "ParseUint", s->buf.s, s->buf.n, code);
    unsigned n = (unsigned)bitsize;
    uint64_t x = (i << (64 - n)) >> (64 - n);
    if (x != i)
        ss_error_bytes(s, "unsigned integer overflow on token ", s->buf.s, s->buf.n, "");
    return i;
}

/* ss.floatToken: the token is s->buf */
static void ss_float_token(Scanner *s)
{
    s->buf.n = 0;
    if (ss_accept(s, "nN") && ss_accept(s, "aA") && ss_accept(s, "nN"))
        return;
    ss_accept(s, sign_chars);
    if (ss_accept(s, "iI") && ss_accept(s, "nN") && ss_accept(s, "fF"))
        return;
    const char *digits = "0123456789_", *exp = "eEpP";
    if (ss_accept(s, "0") && ss_accept(s, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (ss_accept(s, digits)) {
    }
    if (ss_accept(s, ".")) {
        while (ss_accept(s, digits)) {
        }
    }
    if (ss_accept(s, exp)) {
        ss_accept(s, sign_chars);
        while (ss_accept(s, "0123456789_")) {
        }
    }
}

/* ss.convertFloat of str[:n] */
static double ss_convert_float(Scanner *s, const char *str, size_t n, int bits)
{
    if (!str)
        str = "";               /* an empty token (the Buf holds nothing yet) */
    const char *p = memchr(str, 'p', n);
    if (p && !memchr(str, 'x', n) && !memchr(str, 'X', n)) {
        /* decimal mantissa, binary exponent: Go's own extension */
        double f;
        size_t pi = (size_t)(p - str);
        int code = strconv_parse_float((const uint8_t *)str, pi, bits, &f);
        if (code != STRCONV_OK)
            ss_num_error(s, "ParseFloat", str, n, code);
        int64_t m;
        code = strconv_parse_int((const uint8_t *)str + pi + 1, n - pi - 1, 10, 64, &m);
        if (code != STRCONV_OK)
            ss_num_error(s, "Atoi", str, n, code);
        return gomath_ldexp(f, m);
    }
    double f;
    int code = strconv_parse_float((const uint8_t *)str, n, bits, &f);
    if (code != STRCONV_OK)
        ss_num_error(s, "ParseFloat", str, n, code);
    return f;
}

/* ss.scanComplex */
static void ss_scan_complex(Scanner *s, int32_t verb, int n, double *re, double *im)
{
    ss_ok_verb(s, verb, "beEfFgGv", "complex");
    ss_skip_space(s);
    ss_not_eof(s);
    /* complexTokens: "real" then "sign imag" into aux */
    s->buf.n = 0;
    int parens = ss_accept(s, "(");
    ss_float_token(s);
    s->aux.n = 0;
    nat_add(&s->aux, s->buf.s, (int64_t)s->buf.n);
    size_t rn = s->aux.n;
    s->buf.n = 0;
    if (!ss_accept(s, "+-"))
        ss_error_string(s, "%s", complex_error);
    buf_putc(&s->aux, s->buf.s[0]);
    ss_float_token(s);
    nat_add(&s->aux, s->buf.s, (int64_t)s->buf.n);
    if (!ss_accept(s, "i"))
        ss_error_string(s, "%s", complex_error);
    if (parens && !ss_accept(s, ")"))
        ss_error_string(s, "%s", complex_error);
    *re = ss_convert_float(s, s->aux.s, rn, n / 2);
    *im = ss_convert_float(s, s->aux.s + rn, s->aux.n - rn, n / 2);
}

static int hex_digit(int32_t d)
{
    if (d >= '0' && d <= '9')
        return d - '0';
    if (d >= 'a' && d <= 'f')
        return 10 + d - 'a';
    if (d >= 'A' && d <= 'F')
        return 10 + d - 'A';
    return -1;
}

/* ss.quotedString: the value is s->buf */
static void ss_quoted_string(Scanner *s)
{
    ss_not_eof(s);
    int32_t quote = ss_get_rune(s);
    switch (quote) {
    case '`':
        for (;;) {
            int32_t r = ss_must_read_rune(s);
            if (r == quote)
                break;
            buf_rune(&s->buf, r);
        }
        return;
    case '"': {
        buf_putc(&s->buf, '"');
        for (;;) {
            int32_t r = ss_must_read_rune(s);
            buf_rune(&s->buf, r);
            if (r == '\\')
                buf_rune(&s->buf, ss_must_read_rune(s));
            else if (r == '"')
                break;
        }
        Buf out = { 0 };
        size_t used = 0;
        int code = strconv_unquote((const uint8_t *)s->buf.s, s->buf.n, 1, &out, &used);
        if (code != STRCONV_OK || used < s->buf.n) {
            buf_free(&out);
            ss_error_string(s, "invalid syntax");      /* strconv.ErrSyntax */
        }
        s->buf.n = 0;
        nat_add(&s->buf, out.s, (int64_t)out.n);
        buf_free(&out);
        return;
    }
    default:
        ss_error_string(s, "expected quoted string");
    }
}

/* ss.hexString: the value is s->buf */
static void ss_hex_string(Scanner *s)
{
    ss_not_eof(s);
    for (;;) {
        /* hexByte */
        int32_t r1 = ss_get_rune(s);
        if (r1 == EOFR)
            break;
        int v1 = hex_digit(r1);
        if (v1 < 0) {
            ss_unread_rune(s);
            break;
        }
        int v2 = hex_digit(ss_must_read_rune(s));
        if (v2 < 0)
            ss_error_string(s, "illegal hex digit");
        buf_putc(&s->buf, (char)(v1 << 4 | v2));
    }
    if (s->buf.n == 0)
        ss_error_string(s, "no hex data for %%x string");
}

/* ss.convertString: the value is s->buf */
static void ss_convert_string(Scanner *s, int32_t verb)
{
    ss_ok_verb(s, verb, "svqxX", "string");
    ss_skip_space(s);
    ss_not_eof(s);
    switch (verb) {
    case 'q':
        ss_quoted_string(s);
        break;
    case 'x':
    case 'X':
        ss_hex_string(s);
        break;
    default:
        ss_token(s, 1);
    }
}

/* ss.scanPercent */
static void ss_scan_percent(Scanner *s)
{
    ss_skip_space(s);
    ss_not_eof(s);
    if (!ss_accept(s, "%"))
        ss_error_string(s, "missing literal %%");
}

/* -- storing into the operands -- */

static int is_basic(const RType *t)
{
    return !(t->flags & RT_NAMED) && ((t->kind >= RK_BOOL && t->kind <= RK_COMPLEX128) || t->kind == RK_STRING);
}

/* Is arg's type one that Go's scanOne switches on (*bool ... *[]byte)? For
 * those a nil pointer is dereferenced (after scanning, as Go's assignment
 * does); the others go through reflect, which refuses a nil pointer. */
static int is_switched(const RType *t)
{
    if (t->flags & RT_NAMED)
        return 0;
    const RType *e = t->elem;
    if (is_basic(e))
        return 1;
    return e->kind == RK_SLICE && !(e->flags & RT_NAMED) && e->elem->kind == RK_UINT8 &&
           !(e->elem->flags & RT_NAMED);
}

static void ss_nil_check(Scanner *s, void *p)
{
    if (!p) {
        ss_free(s);
        rt_panic_runtime(s->g, "invalid memory address or nil pointer dereference");
    }
}

static void store_int(void *p, int64_t size, uint64_t v)
{
    switch (size) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: *(uint16_t *)p = (uint16_t)v; break;
    case 4: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
}

/* *p = string(s.buf) */
static void store_string(Scanner *s, void *p)
{
    ss_nil_check(s, p);
    GoString v = rt_string(s->g, s->buf.s ? s->buf.s : "", s->buf.n);
    GoString *d = p;
    gc_store_ptr((void *)&d->ptr, v.ptr);
    d->len = v.len;
}

/* *p = []byte(s.buf): never nil; for a named type (reflect's MakeSlice) the
 * capacity is the length, for []byte (a conversion) its size class */
static void store_bytes(Scanner *s, void *p, int switched)
{
    ss_nil_check(s, p);
    GoSlice v = { rt_alloc_noscan(s->g, 0), 0, 0 };
    if (s->buf.n)
        v = natives_append(s->g, v, s->buf.s, s->buf.n);
    if (!switched)
        v.cap = v.len;
    GoSlice *d = p;
    gc_store_ptr(&d->ptr, v.ptr);
    d->len = v.len;
    d->cap = v.cap;
}

static const char float_verbs[] = "beEfFgGv";

static void ss_scan_scanner(Scanner *s, int32_t verb, GoEface arg, int *done);

/* ss.scanOne */
static void ss_scan_one(Scanner *s, int32_t verb, GoEface arg)
{
    s->buf.n = 0;
    const RType *t = arg.type;
    if (t && s->callscan && rtype_method(t, "Scan")) {
        int done = 0;
        ss_scan_scanner(s, verb, arg, &done);
        if (done)
            return;
    }
    if (!t) {
        /* reflect.ValueOf(nil).Type() panics; errorHandler panics again */
        ss_free(s);
        rt_panic_string(s->g, "reflect: call of reflect.Value.Type on zero Value");
    }
    if (t->kind != RK_POINTER)
        ss_error_string(s, "type not a pointer: %s", t->str);
    void *p = arg.data;
    int switched = is_switched(t);
    if (!p && !switched)
        ss_error_string(s, "can't scan type: %s", t->str);
    const RType *e = t->elem;
    switch ((RKind)e->kind) {
    case RK_BOOL: {
        int v = ss_scan_bool(s, verb);
        ss_nil_check(s, p);
        *(uint8_t *)p = (uint8_t)v;
        return;
    }
    case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64: {
        int64_t v = ss_scan_int(s, verb, (int)(e->size * 8));
        ss_nil_check(s, p);
        store_int(p, e->size, (uint64_t)v);
        return;
    }
    case RK_UINT: case RK_UINT8: case RK_UINT16: case RK_UINT32: case RK_UINT64: case RK_UINTPTR: {
        uint64_t v = ss_scan_uint(s, verb, (int)(e->size * 8));
        ss_nil_check(s, p);
        store_int(p, e->size, v);
        return;
    }
    case RK_STRING:
        ss_convert_string(s, verb);
        store_string(s, p);
        return;
    case RK_SLICE:
        if (e->elem->kind != RK_UINT8)
            ss_error_string(s, "can't scan type: %s", t->str);
        ss_convert_string(s, verb);
        store_bytes(s, p, switched);
        return;
    case RK_FLOAT32:
    case RK_FLOAT64: {
        /* *float32 and *float64 check the verb; reflect's path does not */
        if (switched)
            ss_ok_verb(s, verb, float_verbs, e->kind == RK_FLOAT32 ? "float32" : "float64");
        ss_skip_space(s);
        ss_not_eof(s);
        ss_float_token(s);
        double v = ss_convert_float(s, s->buf.s, s->buf.n, (int)(e->size * 8));
        ss_nil_check(s, p);
        if (e->kind == RK_FLOAT32)
            *(float *)p = (float)v;
        else
            *(double *)p = v;
        return;
    }
    case RK_COMPLEX64:
    case RK_COMPLEX128: {
        double re, im;
        ss_scan_complex(s, verb, (int)(e->size * 8), &re, &im);
        ss_nil_check(s, p);
        if (e->kind == RK_COMPLEX64) {
            ((float *)p)[0] = (float)re;
            ((float *)p)[1] = (float)im;
        } else {
            ((double *)p)[0] = re;
            ((double *)p)[1] = im;
        }
        return;
    }
    default:
        ss_error_string(s, "can't scan type: %s", t->str);
    }
}

/* An operand with a Scan method: fmt.go's callScan(arg, h, verb) (err
 * error, caught int) tells whether it is a Scanner (caught -1 if not) and
 * calls it with a ScanState over this Scanner (h). caught 1: a scanError
 * panic that the ScanState's methods raised, with its error in err; 2: a
 * panic with io.EOF. */
static void ss_scan_scanner(Scanner *s, int32_t verb, GoEface arg, int *done)
{
    uint64_t args[4] = { (uint64_t)(uintptr_t)arg.type, (uint64_t)(uintptr_t)arg.data,
                         (uint64_t)(uintptr_t)s, (uint64_t)(int64_t)verb };
    uint64_t res[3];
    ss_call(s, s->callscan, args, 4, res, 3);
    int64_t caught = (int64_t)res[2];
    if (caught < 0)
        return;
    *done = 1;
    GoIface err = { (const Itab *)(uintptr_t)res[0], (void *)(uintptr_t)res[1] };
    if (caught == 2)
        ss_fail(s, SE_EOF);
    if (!err.tab)
        return;
    if (caught == 0 && is_eof_value(s, err))
        ss_fail(s, SE_UNEXPECTED_EOF);
    s->eval = err;
    ss_fail(s, SE_VALUE);
}

/* ss.doScan */
static void ss_do_scan(Scanner *s, const GoEface *a, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        ss_scan_one(s, 'v', a[i]);
        s->processed++;
    }
    if (s->nl_is_end) {
        for (;;) {
            int32_t r = ss_get_rune(s);
            if (r == '\n' || r == EOFR)
                break;
            if (!is_space(r))
                ss_error_string(s, "expected newline");
        }
    }
}

/* ss.advance: bytes of the format consumed, 0 at a verb or at the end of
 * the input, -1 when the input does not match. */
static int64_t ss_advance(Scanner *s, const uint8_t *format, int64_t flen)
{
    const uint8_t *end = format + flen;
    int64_t i = 0;
    while (i < flen) {
        int w;
        int32_t fmtc = nat_decode(format + i, end, &w);
        if (is_space(fmtc)) {
            int newlines = 0, trailing_space = 0;
            while (is_space(fmtc) && i < flen) {
                if (fmtc == '\n') {
                    newlines++;
                    trailing_space = 0;
                } else {
                    trailing_space = 1;
                }
                i += w;
                fmtc = nat_decode(format + i, end, &w);
            }
            for (int j = 0; j < newlines; j++) {
                int32_t inputc = ss_get_rune(s);
                while (is_space(inputc) && inputc != '\n')
                    inputc = ss_get_rune(s);
                if (inputc != '\n' && inputc != EOFR)
                    ss_error_string(s, "newline in format does not match input");
            }
            if (trailing_space) {
                int32_t inputc = ss_get_rune(s);
                if (newlines == 0) {
                    if (!is_space(inputc) && inputc != EOFR)
                        ss_error_string(s, "expected space in input to match format");
                    if (inputc == '\n')
                        ss_error_string(s, "newline in input does not match format");
                }
                while (is_space(inputc) && inputc != '\n')
                    inputc = ss_get_rune(s);
                if (inputc != EOFR)
                    ss_unread_rune(s);
            }
            continue;
        }
        if (fmtc == '%') {
            if (i + w == flen)
                ss_error_string(s, "missing verb: %% at end of format string");
            int w2;
            int32_t nextc = nat_decode(format + i + w, end, &w2);
            if (nextc != '%')
                return i;
            i += w;
        }
        int32_t inputc = ss_must_read_rune(s);
        if (fmtc != inputc) {
            ss_unread_rune(s);
            return -1;
        }
        i += w;
    }
    return i;
}

/* ss.doScanf */
static void ss_do_scanf(Scanner *s, const uint8_t *format, int64_t flen, const GoEface *a, int64_t na)
{
    int64_t end = flen - 1;
    for (int64_t i = 0; i <= end;) {
        int64_t w = ss_advance(s, format + i, flen - i);
        if (w > 0) {
            i += w;
            continue;
        }
        if (format[i] != '%') {
            if (w < 0)
                ss_error_string(s, "input does not match format");
            break;
        }
        i++;
        /* parsenum */
        int64_t num = 0;
        int wid_present = 0;
        if (i >= end) {
            i = end;
        } else {
            int64_t k;
            for (k = i; k < end && format[k] >= '0' && format[k] <= '9'; k++) {
                if (num > 1000000 || num < -1000000) {      /* tooLarge */
                    num = 0;
                    wid_present = 0;
                    k = end;
                    break;
                }
                num = num * 10 + (format[k] - '0');
                wid_present = 1;
            }
            i = k;
        }
        s->max_wid = wid_present ? num : HUGE_WID;
        int cw;
        int32_t c = nat_decode(format + i, format + flen, &cw);
        i += cw;
        if (c != 'c')
            ss_skip_space(s);
        if (c == '%') {
            ss_scan_percent(s);
            continue;
        }
        s->arg_limit = s->limit;
        if (s->count + s->max_wid < s->arg_limit)
            s->arg_limit = s->count + s->max_wid;
        if (s->processed >= na)
            ss_error_bytes(s, "too few operands for format '%", format + i - cw, (size_t)(flen - (i - cw)), "'");
        ss_scan_one(s, c, a[s->processed]);
        s->processed++;
        s->arg_limit = s->limit;
    }
    if (s->processed < na)
        ss_error_string(s, "too many operands");
}

static void ss_init(Scanner *s, G *g, int mode)
{
    memset(s, 0, sizeof *s);
    s->g = g;
    s->peek_rune = -1;
    s->nl_is_space = mode == 0;
    s->nl_is_end = mode == 1;
    s->limit = s->arg_limit = s->max_wid = HUGE_WID;
}

/* Runs the scan; the result words: n, then the error as (kind, msg string,
 * value error). */
static void ss_run(Scanner *s, int mode, GoString format, GoSlice a, uint64_t *res)
{
    jmp_buf jb;
    s->jb = &jb;
    if (setjmp(jb) == 0) {
        if (mode == 2)
            ss_do_scanf(s, format.ptr, format.len, a.ptr, a.len);
        else
            ss_do_scan(s, a.ptr, a.len);
        s->ekind = SE_NONE;
    }
    res[0] = (uint64_t)s->processed;
    res[1] = (uint64_t)s->ekind;
    GoString m = { NULL, 0 };
    if (s->ekind == SE_TEXT)
        m = rt_string(s->g, s->emsg.s, s->emsg.n);
    res[2] = (uint64_t)(uintptr_t)m.ptr;
    res[3] = (uint64_t)m.len;
    res[4] = s->ekind == SE_VALUE ? (uint64_t)(uintptr_t)s->eval.tab : 0;
    res[5] = s->ekind == SE_VALUE ? (uint64_t)(uintptr_t)s->eval.data : 0;
    ss_free(s);
}

/* func scanString(str string, mode int, format string, a []any, eof error,
 *     callScan func(any, uintptr, rune) (error, int))
 *     (n int, kind int, msg string, err error)
 * mode 0 Sscan, 1 Sscanln, 2 Sscanf. */
static void fmt_scanString(G *g, uint64_t *args)
{
    Scanner s;
    ss_init(&s, g, (int)args[2]);
    s.src = SRC_STRING;
    GoString str = nat_str(args, 0);
    s.str = str.ptr;
    s.slen = str.len;
    GoString format = nat_str(args, 3);
    GoSlice a = nat_slice(args, 5);
    s.eof = (GoIface){ (const Itab *)(uintptr_t)args[8], (void *)(uintptr_t)args[9] };
    s.callscan = (Closure *)(uintptr_t)args[10];
    uint64_t res[6];
    ss_run(&s, (int)args[2], format, a, res);
    memcpy(args, res, sizeof res);
}

/* func scanReader(r io.Reader, rs io.RuneScanner, b []byte, mode int, format string, a []any,
 *     eof error, callScan func(any, uintptr, rune) (error, int))
 *     (n int, kind int, msg string, err error)
 * rs is r when r is an io.RuneScanner, else nil and b a 1-byte buffer.
 * mode 0 Fscan, 1 Fscanln, 2 Fscanf; plus 4: standard input (r is nil). */
static void fmt_scanReader(G *g, uint64_t *args)
{
    Scanner s;
    int mode = (int)args[7] & 3;
    ss_init(&s, g, mode);
    GoIface r = { (const Itab *)(uintptr_t)args[0], (void *)(uintptr_t)args[1] };
    GoIface rs = { (const Itab *)(uintptr_t)args[2], (void *)(uintptr_t)args[3] };
    if (args[7] & 4) {
        s.src = SRC_STDIN;
    } else if (rs.tab) {
        s.src = SRC_RUNES;
        s.rd = rs;
    } else {
        s.src = SRC_READER;     /* a nil r panics at the first read */
        s.rd = r;
        s.rbuf = nat_slice(args, 4);
    }
    GoString format = nat_str(args, 8);
    GoSlice a = nat_slice(args, 10);
    s.eof = (GoIface){ (const Itab *)(uintptr_t)args[13], (void *)(uintptr_t)args[14] };
    s.callscan = (Closure *)(uintptr_t)args[15];
    uint64_t res[6];
    ss_run(&s, mode, format, a, res);
    memcpy(args, res, sizeof res);
}

/* -- the ScanState that a Scanner's Scan method gets (fmt.go's scanState) -- */

/* Runs f on the Scanner h for a ScanState method: an error it raises is
 * returned as (kind, msg, value) in res[at..at+4] instead of unwinding the
 * scan. */
static int ss_protect(Scanner *s, void (*f)(Scanner *, uint64_t *), uint64_t *a, uint64_t *res, int at)
{
    jmp_buf jb, *saved = s->jb;
    s->jb = &jb;
    if (setjmp(jb) == 0) {
        f(s, a);
        s->jb = saved;
        for (int i = 0; i < 5; i++)
            res[at + i] = 0;
        return 0;
    }
    s->jb = saved;
    GoString m = { NULL, 0 };
    if (s->ekind == SE_TEXT)
        m = rt_string(s->g, s->emsg.s, s->emsg.n);
    res[at] = (uint64_t)s->ekind;
    res[at + 1] = (uint64_t)(uintptr_t)m.ptr;
    res[at + 2] = (uint64_t)m.len;
    res[at + 3] = s->ekind == SE_VALUE ? (uint64_t)(uintptr_t)s->eval.tab : 0;
    res[at + 4] = s->ekind == SE_VALUE ? (uint64_t)(uintptr_t)s->eval.data : 0;
    s->ekind = SE_NONE;
    return 1;
}

/* func ssReadRune(h uintptr) (r rune, size int, err error, msg string):
 * ss.ReadRune; err is io.EOF or the reader's error, msg the text of a read
 * error of standard input. */
static void fmt_ssReadRune(G *g, uint64_t *args)
{
    (void)g;
    Scanner *s = (Scanner *)(uintptr_t)args[0];
    int32_t r = 0;
    int64_t size = 0;
    int st = s ? ss_read_rune(s, &r, &size) : RS_EOF;
    args[0] = (uint64_t)(int64_t)r;
    args[1] = (uint64_t)size;
    GoIface err = { NULL, NULL };
    GoString msg = { NULL, 0 };
    if (st == RS_EOF)
        err = s ? s->eof : err;
    else if (st == RS_ERR && !s->rerr_text)
        err = s->rerr;
    else if (st == RS_ERR)
        msg = rt_string(g, s->emsg.s, s->emsg.n);
    args[2] = (uint64_t)(uintptr_t)err.tab;
    args[3] = (uint64_t)(uintptr_t)err.data;
    ret_str(args, 4, msg);
}

/* func ssUnreadRune(h uintptr) */
static void fmt_ssUnreadRune(G *g, uint64_t *args)
{
    (void)g;
    Scanner *s = (Scanner *)(uintptr_t)args[0];
    if (s)
        ss_unread_rune(s);
}

static void skip_space_f(Scanner *s, uint64_t *a)
{
    (void)a;
    ss_skip_space(s);
}

/* func ssSkipSpace(h uintptr) (kind int, msg string, err error) */
static void fmt_ssSkipSpace(G *g, uint64_t *args)
{
    (void)g;
    Scanner *s = (Scanner *)(uintptr_t)args[0];
    uint64_t res[5] = { 0 };
    if (s)
        ss_protect(s, skip_space_f, args, res, 0);
    memcpy(args, res, sizeof res);
}

/* func ssWidth(h uintptr) (wid int, ok bool) */
static void fmt_ssWidth(G *g, uint64_t *args)
{
    (void)g;
    Scanner *s = (Scanner *)(uintptr_t)args[0];
    if (!s || s->max_wid == HUGE_WID) {
        args[0] = 0;
        args[1] = 0;
        return;
    }
    args[0] = (uint64_t)s->max_wid;
    args[1] = 1;
}

/* func isComparable(v any) bool, in package errors: reflectlite's
 * TypeOf(v).Comparable() for errors.Is. */
static void errors_isComparable(G *g, uint64_t *args)
{
    const RType *t = (const RType *)(uintptr_t)args[0];
    args[0] = t && (t->flags & RT_COMPARABLE);
}

/* func panicOverflow() and func panicDivide(), in package math/bits: Go's
 * runtime.overflowError and runtime.divideError, which bits.Div64/Div32
 * panic with. */
static void bits_panicOverflow(G *g, uint64_t *args)
{
    (void)args;
    rt_panic_runtime(g, "integer overflow");
}

static void bits_panicDivide(G *g, uint64_t *args)
{
    (void)args;
    rt_panic_runtime(g, "integer divide by zero");
}

const NativeDef natives_fmt[] = {
    { "errors.isComparable", errors_isComparable },
    { "fmt.Append", fmt_Append },
    { "fmt.Appendf", fmt_Appendf },
    { "fmt.Appendln", fmt_Appendln },
    { "fmt.Print", fmt_Print },
    { "fmt.Printf", fmt_Printf },
    { "fmt.Println", fmt_Println },
    { "fmt.Sprint", fmt_Sprint },
    { "fmt.Sprintf", fmt_Sprintf },
    { "fmt.Sprintln", fmt_Sprintln },
    { "fmt.errorf", errorf_native },
    { "fmt.scanReader", fmt_scanReader },
    { "fmt.scanString", fmt_scanString },
    { "fmt.ssReadRune", fmt_ssReadRune },
    { "fmt.ssSkipSpace", fmt_ssSkipSpace },
    { "fmt.ssUnreadRune", fmt_ssUnreadRune },
    { "fmt.ssWidth", fmt_ssWidth },
    { "math/bits.panicDivide", bits_panicDivide },
    { "math/bits.panicOverflow", bits_panicOverflow },
    { NULL, NULL },
};

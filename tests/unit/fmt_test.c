/*
 * fmt_test.c — unit test of runtime/fmt.c and runtime/strconv.c: Go's fmt
 * and strconv formatting over hand-built type descriptors.
 *
 * The operands (ints, strings, floats, a struct {a int; b string}, slices,
 * pointers, a map, interfaces, a Stringer, an error) are built here by hand
 * the way the code generator lays them out; fmt_cases.inc, written by real
 * go from tests/unit/fmt_test_gen.go, says what go printed for each format.
 * The runtime entries fmt.c calls (rtype_method, rt_call_string_method,
 * rt_box) are small doubles below, so the test needs no VM. The float and
 * parse cases at the end were also taken from go 1.19.
 *
 * Prints one line per failed check and ends with "N passed, N failed";
 * the exit status is non-zero if anything failed.
 */
#include "runtime/fmt.h"

#include <complex.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/strconv.h"

static int passed, failed;

static void check(int ok, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void check(int ok, int line, const char *fmt, ...)
{
    va_list ap;
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("fmt_test.c:%d: ", line);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

#define CHECK(cond, ...) check((cond), __LINE__, __VA_ARGS__)

/* Everything the test allocates for Go values, freed at the end (the test
 * runs under LeakSanitizer in the ASan build). */
static void *allocs[256];
static int nallocs;

static void *talloc(size_t n)
{
    if (nallocs == (int)(sizeof allocs / sizeof allocs[0])) {
        fprintf(stderr, "fmt_test: too many allocations\n");
        exit(2);
    }
    return allocs[nallocs++] = malloc(n ? n : 1);
}

static GoString buf_gostring(Buf *b)
{
    if (nallocs < (int)(sizeof allocs / sizeof allocs[0]))
        allocs[nallocs++] = b->s;
    return (GoString){ (const uint8_t *)b->s, (int64_t)b->n };
}

/* ---- runtime doubles: a method's closure is a C function here ---- */

struct Closure {
    GoString (*fn)(const void *recv_word);
};

const RMethod *rtype_method(const RType *t, const char *name)
{
    for (int i = 0; i < t->nmethods; i++)
        if (!strcmp(t->methods[i].name, name))
            return &t->methods[i];
    return NULL;
}

GoString rt_call_string_method(G *g, const RMethod *m, void *recv_word)
{
    return m->ifn->fn(recv_word);
}

GoEface rt_box(G *g, const RType *t, const void *val)
{
    GoEface e = { t, NULL };
    if (t->flags & RT_DIRECT) {
        memcpy(&e.data, val, 8);
    } else {
        e.data = talloc((size_t)t->size);
        memcpy(e.data, val, (size_t)t->size);
    }
    return e;
}

_Noreturn void rt_panic_value(G *g, GoEface v)
{
    fprintf(stderr, "fmt_test: unexpected panic\n");
    exit(2);
}

static GoString gostr(const char *s) { return (GoString){ (const uint8_t *)s, (int64_t)strlen(s) }; }

/* ---- descriptors ---- */

#define BASIC(name, k, sz, s) \
    static const RType name = { .kind = k, .align = sz, .flags = RT_COMPARABLE, .size = sz, .str = s }

BASIC(t_int, RK_INT, 8, "int");
BASIC(t_int8, RK_INT8, 1, "int8");
BASIC(t_int32, RK_INT32, 4, "int32");
BASIC(t_uint, RK_UINT, 8, "uint");
BASIC(t_uint8, RK_UINT8, 1, "uint8");
BASIC(t_uint64, RK_UINT64, 8, "uint64");
BASIC(t_float32, RK_FLOAT32, 4, "float32");
BASIC(t_float64, RK_FLOAT64, 8, "float64");
BASIC(t_complex128, RK_COMPLEX128, 16, "complex128");
BASIC(t_bool, RK_BOOL, 1, "bool");
static const RType t_string = { .kind = RK_STRING, .align = 8, .flags = RT_COMPARABLE | RT_HASPTR,
                                .size = 16, .str = "string" };

static const RType *string_result[] = { &t_string };
static const RType t_func_string = { .kind = RK_FUNC, .align = 8, .flags = RT_DIRECT | RT_HASPTR,
                                     .size = 8, .str = "func() string",
                                     .out = string_result, .nout = 1 };

static const RType t_any = { .kind = RK_INTERFACE, .align = 8, .flags = RT_COMPARABLE | RT_HASPTR,
                             .size = 16, .str = "interface {}" };
static const RMethod error_methods[] = { { "Error", &t_func_string, NULL } };
static const RType t_error = { .kind = RK_INTERFACE, .align = 8, .flags = RT_COMPARABLE | RT_HASPTR,
                               .size = 16, .str = "error", .methods = error_methods,
                               .nmethods = 1 };

/* type T struct { a int; b string } */
static const RField T_fields[] = { { "a", &t_int, 0, 0, 0 }, { "b", &t_string, 8, 0, 0 } };
static const RType t_T = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                           .size = 24, .str = "main.T", .name = "T", .pkgpath = "main",
                           .fields = T_fields, .nfields = 2 };
static const RType t_ptrT = { .kind = RK_POINTER, .align = 8, .flags = RT_DIRECT | RT_COMPARABLE,
                              .size = 8, .str = "*main.T", .elem = &t_T };
/* type P struct { X int; Y string } */
static const RField P_fields[] = { { "X", &t_int, 0, 0, 1 }, { "Y", &t_string, 8, 0, 1 } };
static const RType t_P = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                           .size = 24, .str = "main.P", .name = "P", .pkgpath = "main",
                           .fields = P_fields, .nfields = 2 };
/* type W struct { V any } */
static const RField W_fields[] = { { "V", &t_any, 0, 0, 1 } };
static const RType t_W = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                           .size = 16, .str = "main.W", .name = "W", .pkgpath = "main",
                           .fields = W_fields, .nfields = 1 };
/* type EW struct { E error } */
static const RField EW_fields[] = { { "E", &t_error, 0, 0, 1 } };
static const RType t_EW = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                            .size = 16, .str = "main.EW", .name = "EW", .pkgpath = "main",
                            .fields = EW_fields, .nfields = 1 };

/* type Celsius float64, func (c Celsius) String() string: the word points
 * at the float64 */
static GoString celsius_string(const void *w)
{
    Buf b = { 0 };
    fmt_ftoa(&b, *(const double *)w, 'f', 1, 64);
    buf_putc(&b, 'C');
    return buf_gostring(&b);
}
static struct Closure celsius_closure = { celsius_string };
static const RMethod celsius_methods[] = { { "String", &t_func_string, &celsius_closure } };
static const RType t_celsius = { .kind = RK_FLOAT64, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                                 .size = 8, .str = "main.Celsius", .name = "Celsius",
                                 .pkgpath = "main", .methods = celsius_methods, .nmethods = 1 };
/* type Hidden struct { c Celsius; C Celsius }: String is not called for c */
static const RField hidden_fields[] = { { "c", &t_celsius, 0, 0, 0 }, { "C", &t_celsius, 8, 0, 1 } };
static const RType t_hidden = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                                .size = 16, .str = "main.Hidden", .name = "Hidden",
                                .pkgpath = "main", .fields = hidden_fields, .nfields = 2 };

/* type MyErr struct { msg string }, func (e *MyErr) Error() string */
static const RField myerr_fields[] = { { "msg", &t_string, 0, 0, 0 } };
static const RType t_myerr = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                               .size = 16, .str = "main.MyErr", .name = "MyErr",
                               .pkgpath = "main", .fields = myerr_fields, .nfields = 1 };
static GoString myerr_error(const void *w)
{
    const GoString *msg = w;
    Buf b = { 0 };
    buf_puts(&b, "err: ");
    buf_add(&b, (const char *)msg->ptr, (size_t)msg->len);
    return buf_gostring(&b);
}
static struct Closure myerr_closure = { myerr_error };
static const RMethod ptr_myerr_methods[] = { { "Error", &t_func_string, &myerr_closure } };
static const RType t_ptr_myerr = { .kind = RK_POINTER, .align = 8,
                                   .flags = RT_DIRECT | RT_COMPARABLE, .size = 8,
                                   .str = "*main.MyErr", .elem = &t_myerr,
                                   .methods = ptr_myerr_methods, .nmethods = 1 };

/* type Boom struct { n int }, func (Boom) String() string { panic("boom") } */
static struct Closure boom_closure;     /* never called: fake_catch panics */
static const RMethod boom_methods[] = { { "String", &t_func_string, &boom_closure } };
static const RField boom_fields[] = { { "n", &t_int, 0, 0, 0 } };
static const RType t_boom = { .kind = RK_STRUCT, .align = 8, .flags = RT_NAMED | RT_COMPARABLE,
                              .size = 8, .str = "main.Boom", .name = "Boom", .pkgpath = "main",
                              .fields = boom_fields, .nfields = 1, .methods = boom_methods,
                              .nmethods = 1 };

/* fmt_catch_call as the runtime will provide it: Boom's String and any
 * method on a nil receiver "panic". */
static int fake_catch(G *g, const RMethod *m, void *recv_word, GoString *out, GoEface *panic_val)
{
    static GoString msg;
    if (m->ifn == &boom_closure || !recv_word) {
        msg = gostr("boom");
        *panic_val = (GoEface){ &t_string, &msg };
        return 0;
    }
    *out = m->ifn->fn(recv_word);
    return 1;
}

#define LIST(name, k, e, s, n) \
    static const RType name = { .kind = k, .align = 8, .flags = RT_HASPTR, .size = 24, \
                                .str = s, .elem = e, .len = n }
LIST(t_slice_int, RK_SLICE, &t_int, "[]int", 0);
LIST(t_slice_byte, RK_SLICE, &t_uint8, "[]uint8", 0);    /* []byte */
LIST(t_slice_string, RK_SLICE, &t_string, "[]string", 0);
LIST(t_slice_any, RK_SLICE, &t_any, "[]interface {}", 0);
static const RType t_array3 = { .kind = RK_ARRAY, .align = 8, .flags = RT_COMPARABLE, .size = 24,
                                .str = "[3]int", .elem = &t_int, .len = 3 };
static const RType t_ptr_int = { .kind = RK_POINTER, .align = 8,
                                 .flags = RT_DIRECT | RT_COMPARABLE, .size = 8, .str = "*int",
                                 .elem = &t_int };
static const RType t_map = { .kind = RK_MAP, .align = 8, .flags = RT_DIRECT | RT_HASPTR,
                             .size = 8, .str = "map[string]int", .key = &t_string,
                             .elem = &t_int };

/* A map for the test's map_foreach (fmt.c calls it; runtime/map.c is not linked here): its entries in insertion order. */
typedef struct FakeMap {
    int n;
    GoString keys[4];
    int64_t vals[4];
} FakeMap;

void map_foreach(G *g, void *m, void (*fn)(void *, const void *, const void *), void *ctx)
{
    FakeMap *fm = m;
    for (int i = 0; i < fm->n; i++)
        fn(ctx, &fm->keys[i], &fm->vals[i]);
}

/* ---- the operands fmt_cases.inc names ---- */

typedef struct Named {
    const char *name;
    GoEface v;
} Named;

static Named operands[64];
static int noperands;

static void *copy_of(const void *p, size_t n)
{
    void *q = talloc(n);
    memcpy(q, p, n);
    return q;
}

static void add(const char *name, const RType *t, const void *val)
{
    GoEface e = { t, NULL };
    if (t && (t->flags & RT_DIRECT))
        memcpy(&e.data, val, 8);
    else if (t)
        e.data = copy_of(val, (size_t)t->size);
    operands[noperands++] = (Named){ name, e };
}

#define ADD(name, t, ctype, ...) \
    do { ctype v_ = __VA_ARGS__; add(name, t, &v_); } while (0)

typedef struct { int64_t a; GoString b; } T;
typedef struct { GoEface v; } W;
typedef struct { int64_t v[3]; } Arr3;
typedef struct { double v[2]; } Pair;

static void make_operands(void)
{
    static int64_t sl[] = { 1, 2, 3 };
    static uint8_t hi[] = { 'h', 'i' };
    static GoString strs[2];
    static GoEface anys[3];
    static T tz;
    static GoString myerr_msg, myerr_in;
    static FakeMap m;

    ADD("i", &t_int, int64_t, 42);
    ADD("neg", &t_int, int64_t, -7);
    ADD("star", &t_int, int64_t, -5);
    ADD("i8", &t_int8, int8_t, -128);
    ADD("u8", &t_uint8, uint8_t, 200);
    ADD("u", &t_uint, uint64_t, 7);
    ADD("u64", &t_uint64, uint64_t, UINT64_MAX);
    ADD("r", &t_int32, int32_t, 0xE4);
    ADD("f", &t_float64, double, 3.14159);
    ADD("big", &t_float64, double, 1e21);
    ADD("small", &t_float64, double, 1e-7);
    ADD("f32", &t_float32, float, 0.1f);
    ADD("c", &t_complex128, double _Complex, 1.0 - 2.0 * _Complex_I);
    ADD("s", &t_string, GoString, gostr("h\303\251llo"));
    ADD("empty", &t_string, GoString, gostr(""));
    ADD("b", &t_bool, uint8_t, 1);
    ADD("t", &t_T, T, { 1, gostr("x") });
    ADD("p", &t_P, T, { 5, gostr("y") });
    ADD("sl", &t_slice_int, GoSlice, { sl, 3, 3 });
    ADD("nilsl", &t_slice_int, GoSlice, { NULL, 0, 0 });
    ADD("bs", &t_slice_byte, GoSlice, { hi, 2, 2 });
    ADD("arr", &t_array3, Arr3, { { 7, 8, 9 } });
    tz = (T){ 2, gostr("z") };
    ADD("ptrT", &t_ptrT, void *, &tz);
    ADD("nilptr", &t_ptr_int, void *, NULL);
    add("nil", NULL, NULL);
    int64_t five = 5;
    ADD("w", &t_W, W, { rt_box(NULL, &t_int, &five) });
    ADD("wnil", &t_W, W, { { NULL, NULL } });
    ADD("cel", &t_celsius, double, 21.5);
    myerr_msg = gostr("boom");
    ADD("me", &t_ptr_myerr, void *, &myerr_msg);
    myerr_in = gostr("in");
    Itab *tab = talloc(sizeof(Itab) + sizeof(Closure *));    /* *MyErr as error */
    tab->inter = &t_error;
    tab->type = &t_ptr_myerr;
    tab->fun[0] = &myerr_closure;
    ADD("ew", &t_EW, GoIface, { tab, &myerr_in });
    ADD("ewnil", &t_EW, GoIface, { NULL, NULL });
    m = (FakeMap){ 3, { gostr("b"), gostr("c"), gostr("a") }, { 2, 3, 1 } };
    ADD("m", &t_map, void *, &m);
    strs[0] = gostr("a");
    strs[1] = gostr("b c");
    ADD("strs", &t_slice_string, GoSlice, { strs, 2, 2 });
    int64_t one = 1;
    GoString a = gostr("a");
    anys[0] = rt_box(NULL, &t_int, &one);
    anys[1] = rt_box(NULL, &t_string, &a);
    ADD("anys", &t_slice_any, GoSlice, { anys, 3, 3 });
    ADD("hid", &t_hidden, Pair, { { 1.5, 2.5 } });
}

static GoEface operand(const char *name, size_t len)
{
    for (int i = 0; i < noperands; i++)
        if (strlen(operands[i].name) == len && !strncmp(operands[i].name, name, len))
            return operands[i].v;
    fprintf(stderr, "fmt_test: no operand %.*s\n", (int)len, name);
    exit(2);
}

/* ---- the cases ---- */

typedef struct Case {
    const char *format;     /* NULL: Sprint; "\n": Sprintln */
    const char *args;       /* operand names */
    const char *want;
} Case;

static const Case cases[] = {
#include "tests/unit/fmt_cases.inc"
};

static void test_cases(void)
{
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const Case *c = &cases[k];
        GoEface args[16];
        int n = 0;
        for (const char *p = c->args; *p;) {
            size_t len = strcspn(p, " ");
            if (len)
                args[n++] = operand(p, len);
            p += len + (p[len] == ' ');
        }
        Buf b = { 0 };
        if (!c->format)
            fmt_sprint(NULL, &b, args, n);
        else if (!strcmp(c->format, "\n"))
            fmt_sprintln(NULL, &b, args, n);
        else
            fmt_sprintf(NULL, &b, (const uint8_t *)c->format, (int64_t)strlen(c->format), args, n);
        const char *got = b.s ? b.s : "";
        CHECK(!strcmp(got, c->want), "format %s with %s: got \"%s\", want \"%s\"",
              c->format ? c->format : "(Sprint)", c->args, got, c->want);
        buf_free(&b);
    }
}

/* %w: only through fmt_errorf, and only once. */
static void test_errorf(void)
{
    GoEface me = operand("me", 2), i = operand("i", 1);
    GoEface args[] = { me, i };
    Buf b = { 0 };
    GoEface w = fmt_errorf(NULL, &b, (const uint8_t *)"x: %w %d", 8, args, 2);
    CHECK(!strcmp(b.s, "x: err: boom 42"), "Errorf text %s", b.s);
    CHECK(w.type == me.type && w.data == me.data, "Errorf wraps its %%w operand");
    buf_free(&b);
    fmt_sprintf(NULL, &b, (const uint8_t *)"%w", 2, args, 1);
    CHECK(!strcmp(b.s, "%!w(*main.MyErr=&{boom})"), "Sprintf %%w: %s", b.s);
    buf_free(&b);
    GoEface twice[] = { me, me };
    w = fmt_errorf(NULL, &b, (const uint8_t *)"%w %w", 5, twice, 2);
    CHECK(!strcmp(b.s, "err: boom %!w(*main.MyErr=&{boom})") && !w.type, "two %%w: %s", b.s);
    buf_free(&b);
}

/* Panicking methods, once the runtime can recover them (go 1.19's output). */
static void test_method_panics(void)
{
    int64_t n = 3;
    GoEface boom = rt_box(NULL, &t_boom, &n), nilerr = { &t_ptr_myerr, NULL };
    GoEface args[] = { boom, boom, boom, boom, nilerr };
    Buf b = { 0 };
    fmt_catch_call = fake_catch;
    const char *f = "%v|%s|%d|%5v|%v|";
    fmt_sprintf(NULL, &b, (const uint8_t *)f, (int64_t)strlen(f), args, 5);
    fmt_catch_call = NULL;
    const char *want = "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{3}|"
                       "%!v(PANIC=String method: boom)|<nil>|";
    CHECK(!strcmp(b.s, want), "method panics: got %s", b.s);
    buf_free(&b);
}

/* strconv.FormatFloat, values from go 1.19. */
static void test_ftoa(void)
{
    static const struct { double v; char verb; int prec, bits; const char *want; } t[] = {
        { 0.1, 'g', -1, 64, "0.1" },
        { 0.1, 'g', -1, 32, "0.1" },
        { (float)0.1, 'g', -1, 64, "0.10000000149011612" },
        { 1e21, 'g', -1, 64, "1e+21" },
        { 1e20, 'f', -1, 64, "100000000000000000000" },
        { 123456789, 'g', -1, 64, "1.23456789e+08" },
        { 5e-324, 'g', -1, 64, "5e-324" },
        { 1.7976931348623157e308, 'e', -1, 64, "1.7976931348623157e+308" },
        { 2.5, 'f', 0, 64, "2" },
        { 3.5, 'f', 0, 64, "4" },
        { 1.005, 'f', 2, 64, "1.00" },
        { 1.0 / 3, 'e', 20, 64, "3.33333333333333314830e-01" },
        { 1e23, 'g', -1, 64, "1e+23" },
        { 9007199254740993.0, 'g', -1, 64, "9.007199254740992e+15" },
        { 0, 'e', -1, 64, "0e+00" },
        { -0.0, 'g', -1, 64, "-0" },
        { 100, 'g', 2, 64, "1e+02" },
        { 0.0001, 'g', -1, 64, "0.0001" },
        { 0.00001, 'g', -1, 64, "1e-05" },
        { 1.5, 'x', -1, 64, "0x1.8p+00" },
        { 1.0, 'x', 3, 64, "0x1.000p+00" },
        { 1.0, 'b', -1, 64, "4503599627370496p-52" },
        { 3.0, 'z', -1, 64, "%z" },
        { 16777216.0, 'g', -1, 32, "1.6777216e+07" },
        { 1.401298464324817e-45, 'g', -1, 32, "1e-45" },
    };
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++) {
        Buf b = { 0 };
        fmt_ftoa(&b, t[k].v, t[k].verb, t[k].prec, t[k].bits);
        CHECK(!strcmp(b.s, t[k].want), "FormatFloat(%.17g, '%c', %d, %d) = %s, want %s", t[k].v,
              t[k].verb, t[k].prec, t[k].bits, b.s, t[k].want);
        buf_free(&b);
    }
    Buf b = { 0 };
    fmt_ftoa(&b, NAN, 'g', -1, 64);
    fmt_ftoa(&b, -INFINITY, 'f', 2, 64);
    fmt_ftoa(&b, INFINITY, 'e', 2, 32);
    CHECK(!strcmp(b.s, "NaN-Inf+Inf"), "specials %s", b.s);
    buf_free(&b);
}

/* Shortest formatting reads back exactly and is no longer than %.17g. */
static void test_ftoa_roundtrip(void)
{
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    int bad = 0;
    for (int k = 0; k < 20000; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        memcpy(&v, &x, 8);
        if (!isfinite(v))
            continue;
        Buf b = { 0 };
        fmt_ftoa(&b, v, 'e', -1, 64);
        if (strtod(b.s, NULL) != v && bad++ < 5)
            CHECK(0, "%s does not read back as %a", b.s, v);
        buf_free(&b);
    }
    CHECK(bad == 0, "%d shortest forms do not read back", bad);
}

static void test_parse(void)
{
    static const struct { const char *s; int64_t base, bits; int code; int64_t v; } ints[] = {
        { "42", 10, 64, STRCONV_OK, 42 },
        { "-0x1f", 0, 64, STRCONV_OK, -31 },
        { "0b1_01", 0, 8, STRCONV_OK, 5 },
        { "1__0", 0, 64, STRCONV_ESYNTAX, 0 },
        { "128", 10, 8, STRCONV_ERANGE, 127 },
        { "-129", 10, 8, STRCONV_ERANGE, -128 },
        { "9223372036854775808", 10, 64, STRCONV_ERANGE, INT64_MAX },
        { "", 10, 64, STRCONV_ESYNTAX, 0 },
        { "12", 1, 64, STRCONV_EBASE, 0 },
        { "12", 10, 65, STRCONV_EBITSIZE, 0 },
        { "z", 36, 64, STRCONV_OK, 35 },
    };
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) {
        int64_t v;
        int code = strconv_parse_int((const uint8_t *)ints[k].s, strlen(ints[k].s), ints[k].base,
                                     ints[k].bits, &v);
        CHECK(code == ints[k].code && v == ints[k].v, "ParseInt(%s, %lld, %lld) = %lld, %d",
              ints[k].s, (long long)ints[k].base, (long long)ints[k].bits, (long long)v, code);
    }
    static const struct { const char *s; int bits; int code; double v; } floats[] = {
        { "1.5", 64, STRCONV_OK, 1.5 },
        { "1_000.5", 64, STRCONV_OK, 1000.5 },
        { "0x1.8p1", 64, STRCONV_OK, 3 },
        { "0x1", 64, STRCONV_ESYNTAX, 0 },
        { "1e400", 64, STRCONV_ERANGE, INFINITY },
        { "-1e39", 32, STRCONV_ERANGE, -INFINITY },
        { "1e-400", 64, STRCONV_OK, 0 },
        { "+Inf", 64, STRCONV_OK, INFINITY },
        { "infinit", 64, STRCONV_ESYNTAX, 0 },
        { "1e", 64, STRCONV_ESYNTAX, 0 },
        { ".e1", 64, STRCONV_ESYNTAX, 0 },
    };
    for (size_t k = 0; k < sizeof floats / sizeof floats[0]; k++) {
        double v;
        int code = strconv_parse_float((const uint8_t *)floats[k].s, strlen(floats[k].s),
                                       floats[k].bits, &v);
        CHECK(code == floats[k].code && v == floats[k].v, "ParseFloat(%s, %d) = %g, %d",
              floats[k].s, floats[k].bits, v, code);
    }
    double v;
    CHECK(strconv_parse_float((const uint8_t *)"nan", 3, 64, &v) == STRCONV_OK && isnan(v), "NaN");
}

static void test_quote(void)
{
    static const struct { const char *s, *want, *ascii; } t[] = {
        { "h\303\251llo\n", "\"h\303\251llo\\n\"", "\"h\\u00e9llo\\n\"" },
        { "\377\"\\", "\"\\xff\\\"\\\\\"", "\"\\xff\\\"\\\\\"" },
        { "\302\255\342\200\250", "\"\\u00ad\\u2028\"", "\"\\u00ad\\u2028\"" },
        { "\360\237\230\200\033", "\"\360\237\230\200\\x1b\"", "\"\\U0001f600\\x1b\"" },
    };
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++) {
        Buf b = { 0 }, a = { 0 };
        strconv_quote(&b, (const uint8_t *)t[k].s, strlen(t[k].s), '"', 0, 0);
        strconv_quote(&a, (const uint8_t *)t[k].s, strlen(t[k].s), '"', 1, 0);
        CHECK(!strcmp(b.s, t[k].want), "Quote: %s, want %s", b.s, t[k].want);
        CHECK(!strcmp(a.s, t[k].ascii), "QuoteToASCII: %s, want %s", a.s, t[k].ascii);
        buf_free(&b);
        buf_free(&a);
    }
    Buf b = { 0 };
    size_t used;
    const char *lit = "\"a\\tb\\u00e9\\101\" tail";
    int code = strconv_unquote((const uint8_t *)lit, strlen(lit), 1, &b, &used);
    const char *got = b.s ? b.s : "";
    CHECK(code == STRCONV_OK && used == 16 && !strcmp(got, "a\tb\303\251A"), "Unquote: %s %zu",
          got, used);
    buf_free(&b);
    CHECK(strconv_unquote((const uint8_t *)"'ab'", 4, 1, &b, &used) != STRCONV_OK, "Unquote 'ab'");
    buf_free(&b);
}

int main(void)
{
    make_operands();
    test_cases();
    test_errorf();
    test_method_panics();
    test_ftoa();
    test_ftoa_roundtrip();
    test_parse();
    test_quote();
    for (int i = 0; i < nallocs; i++)
        free(allocs[i]);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

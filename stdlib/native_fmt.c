/*
 * native_fmt.c — package fmt's natives: Print*, Sprint*, Append* and the
 * formatting half of Errorf (errorf), over runtime/fmt.c. Fprint*, Errorf
 * itself and the wrapError type are Go source in stdlib/fmt/fmt.go, built
 * on these; the Scan family is not implemented. Package errors' one native
 * (isComparable, for errors.Is) lives here too.
 */
#include "runtime/fmt.h"
#include "stdlib/native.h"

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

/* func isComparable(v any) bool, in package errors: reflectlite's
 * TypeOf(v).Comparable() for errors.Is. */
static void errors_isComparable(G *g, uint64_t *args)
{
    const RType *t = (const RType *)(uintptr_t)args[0];
    args[0] = t && (t->flags & RT_COMPARABLE);
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
    { NULL, NULL },
};

/*
 * fmt.h — Go's fmt engine over run-time type descriptors: Print, Println and
 * Printf's formatting of any value, with every verb, flag, width, precision,
 * argument index and bad-verb form of Go 1.19's fmt package, Error() and
 * String() (GoString() for %#v) honoured as fmt does. The natives of package
 * fmt (stdlib/native_fmt.c) wrap these.
 *
 * Output is appended to a Buf; nothing is written anywhere else. Values are
 * read from memory in Go's layout (runtime/rtype.h).
 */
#ifndef GOLITE_FMT_H
#define GOLITE_FMT_H

#include <stdint.h>

#include "runtime/rt.h"
#include "util/buf.h"

/* fmt.Sprint: a space between operands when neither is a string. */
void fmt_sprint(G *g, Buf *out, const GoEface *args, int64_t n);
/* fmt.Sprintln: spaces between all operands and a final newline. */
void fmt_sprintln(G *g, Buf *out, const GoEface *args, int64_t n);
/* fmt.Sprintf. */
void fmt_sprintf(G *g, Buf *out, const uint8_t *format, int64_t flen, const GoEface *args,
                 int64_t n);
/* fmt.Errorf's formatting: as fmt_sprintf but %w is accepted once, for an
 * error operand. Returns the operand %w named (type NULL when none), which
 * Errorf wraps. */
GoEface fmt_errorf(G *g, Buf *out, const uint8_t *format, int64_t flen, const GoEface *args,
                   int64_t n);

/* Maps print through runtime/map.c's map_foreach; fmt sorts the entries
 * as internal/fmtsort. */

/* Methods that panic. Go's fmt recovers a panic in String, Error or
 * GoString and prints <nil> (nil receiver) or %!v(PANIC=String method: v).
 * Once panics can be recovered the runtime installs fmt_catch_call, at
 * start-up (written once, before any goroutine runs): it calls m as rt_call_string_method does and
 * returns 1 with the result in *out, or, if the method panicked, recovers
 * and returns 0 with the panic value in *panic_val. While it is NULL a
 * panic propagates. */
typedef int (*FmtCatchCall)(G *g, const RMethod *m, void *recv_word, GoString *out,
                            GoEface *panic_val);
extern FmtCatchCall fmt_catch_call;

#endif

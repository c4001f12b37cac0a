/*
 * escape.h — escape analysis: which variables and allocations may outlive
 * the frame that makes them (Go's cmd/compile/internal/escape, in C).
 *
 * escape_analyze runs over the checked main package after type checking.
 * Functions are analysed in batches of mutually recursive functions,
 * callees before callers (Tarjan's strongly connected components over the
 * references between functions, Go's VisitFuncsBottomUp); standard-package
 * functions a batch calls are analysed on demand first, so every direct
 * call uses the callee's per-parameter leak summary. Results are left on
 * the AST for the code generator:
 *
 *   Object.esc_heap   a local variable whose address outlives its frame
 *                     ("moved to heap"); without it, a boxed variable may
 *                     live in its frame's region
 *   NF_NOESC          an allocation (new, &T{...}, make, a slice, map or
 *                     closure literal, a conversion) that does not escape;
 *                     on a call, its implicit ... slice
 *   NF_NOESC_CONV     an operand whose implicit conversion to an
 *                     interface does not escape
 *
 * With `report` set, Go's -gcflags=-m diagnostics for the main package are
 * written there in Go's words and order ("moved to heap: x", "... escapes
 * to heap", "... does not escape", "leaking param: p", "leaking param
 * content: p", "leaking param: p to result ~r0 level=0"). golite does not
 * inline, so they correspond to `go build -gcflags='-m -l'`.
 */
#ifndef GOLITE_ESCAPE_H
#define GOLITE_ESCAPE_H

#include <stdio.h>

#include "compiler/check.h"

void escape_analyze(Checker *c, Node *file, const char *filename, FILE *report);

#endif

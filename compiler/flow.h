/*
 * flow.h — control-flow rules that need only the syntax tree: terminating
 * statements ("missing return") and the placement of labels and branch
 * statements (break, continue, goto, fallthrough).
 *
 * Where go 1.19 reports each:
 *   - "missing return" comes from types2 (return.go, funcBody), at the
 *     closing brace of the body, after the body's other type errors.
 *   - every label and branch error comes from the parser, not types2: the
 *     compiler parses with syntax.CheckBranches and sets types2's
 *     IgnoreBranchErrors, so go prints syntax/branches.go's wording
 *     ("label L defined and not used", "break is not in a loop, switch, or
 *     select"), never types2's labels.go wording. They are not "syntax
 *     error"s: type checking still runs and its errors are printed as well.
 *
 * Both analyses look at one function body at a time and never descend into
 * expressions, so a function literal is a body of its own.
 */
#ifndef GOLITE_FLOW_H
#define GOLITE_FLOW_H

#include "parser/ast.h"
#include "util/diag.h"

/* Answers whether call (an N_CALL) is a call of the predeclared panic that
 * the checker accepted: types2 counts a panic call as terminating only if it
 * recorded it in check.isPanic, i.e. the callee resolved to the builtin (not
 * a user's "panic" shadowing it) and the argument count was right (panic()
 * and panic(1, 2) are errors and do not terminate). NULL: no call does. */
typedef int (*FlowPanicFn)(void *ctx, const Node *call);

/* types2's isTerminating: whether statement s is terminating. label is the
 * name of the label on s (for "break L" inside s), or NULL. */
int  flow_is_terminating(const Node *s, const char *label,
                         FlowPanicFn is_panic, void *ctx);

/* Whether the function body (an N_BLOCK) ends in a terminating statement. */
int  flow_body_terminates(const Node *body, FlowPanicFn is_panic, void *ctx);

/* Reports "missing return" at body's '}' unless it terminates. Call it, as
 * types2's funcBody does, for every function and function literal with
 * results, after checking the body's statements and before reporting its
 * unused variables; is_panic must see the panic calls checked by then. */
void flow_check_return(Diag *d, const Node *body, FlowPanicFn is_panic, void *ctx);

/* syntax.checkBranches for one function body (an N_BLOCK; NULL is allowed):
 * misplaced break/continue/fallthrough, bad labeled break and continue,
 * undefined, duplicate and unused labels, gotos jumping over a variable
 * declaration or into a block. Positions inside messages ("jumps into block
 * starting at FILE:L:C") use d->file, as go prints them with its own name
 * for the file. */
void flow_check_branches(Diag *d, const Node *body);

/* flow_check_branches for every function body in an N_FILE, function
 * literals included (in package-level initializers too), inner literals
 * before their enclosing body as go's parser does. go checks each body
 * right after parsing it, and skips only bodies that contained a syntax
 * error; call this once the file parsed cleanly, before type checking. */
void flow_check_file_branches(Diag *d, const Node *file);

/* After syntax errors: flow_check_file_branches for the function declarations
 * of a recovered tree whose bodies contain no syntax error (go checks each body
 * as it parses it and skips only the broken ones). */
void flow_check_clean_branches(Diag *d, Arena *arena, const Node *file);

#endif

/*
 * codegen.h — from the checked AST to bytecode (vm/vm.h).
 *
 * codegen_program compiles the main package and the parts of the standard
 * packages it uses: every function reachable from main.main and the
 * package initialisers, plus one run-time type descriptor per type the
 * program can observe (rtype.h). Constructs whose runtime has not landed
 * yet (maps, channels, goroutines, defer, select) are compile errors that
 * say so, at their position.
 */
#ifndef GOLITE_CODEGEN_H
#define GOLITE_CODEGEN_H

#include "compiler/check.h"
#include "vm/vm.h"

/* Returns NULL after reporting errors to diag. */
Program *codegen_program(Checker *c, Package *main, Diag *diag, const char *file);
/* The REPL (cli/repl.c): compiles the session's program, whose main.main
 * runs the entry loop, and keeps the code generator for the entries. Its
 * package variables live in one reservation that never moves. NULL after
 * errors. */
typedef struct CG CG;
CG      *codegen_session(Checker *c, Package *main, Diag *diag, const char *file);
Program *codegen_session_program(CG *cg);
/* An entry checked by check_repl_entry (vars: its variables as that gave
 * them): a function that runs the standard packages' initialization the
 * entry needs, then each declaration of file in order — a variable
 * declaration's initialization, a step function's call (NF_REPLSTEP). NULL
 * after errors. */
Func    *codegen_repl_entry(CG *cg, Package *main, Node *file, PtrVec *vars);
/* The REPL: whether calls of o go through its slot (a function an entry
 * declared: declaring it again with the same signature rebinds them). */
int      cg_late_bound(Checker *c, Object *o);
/* The REPL's :disasm: fn's code, compiled now if nothing called it yet. */
Func    *codegen_repl_func(CG *cg, Object *fn);
/* Frees a program that will not run (golite build, disasm). */
void codegen_free(Program *p);

#endif

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
/* Frees a program that will not run (golite build, disasm). */
void codegen_free(Program *p);

#endif

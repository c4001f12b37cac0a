/*
 * disasm.c — `golite disasm`: a function's bytecode, one instruction per
 * line with its source line, operands by format and EXTRA words folded in.
 */
#include <inttypes.h>
#include <string.h>

#include "vm/vm.h"

void vm_disasm(Buf *b, const Func *fn)
{
    buf_printf(b, "func %s (params %d words, results %d, registers %d, upvalues %d, constants %d)\n",
               fn->name[0] ? fn->name : "<wrapper>", fn->nparams, fn->nresults, fn->nregs, fn->nupvals, fn->nk);
    for (int pc = 0; pc < fn->ncode; pc++) {
        Instr i = fn->code[pc];
        int op = GET_OP(i);
        const char *f = op_formats[op];
        buf_printf(b, "  %4d  [%4d]  %-10s", pc, fn->lines ? fn->lines[pc] : 0, op_names[op]);
        if (!strcmp(f, "ABC") || !strcmp(f, "ABCX"))
            buf_printf(b, " %d %d %d", GET_A(i), GET_B(i), GET_C(i));
        else if (!strcmp(f, "ABsC"))
            buf_printf(b, " %d %d %d\t; to %d", GET_A(i), GET_B(i), GET_sC(i), pc + 1 + GET_sC(i));
        else if (!strcmp(f, "AB"))
            buf_printf(b, " %d %d", GET_A(i), GET_B(i));
        else if (!strcmp(f, "A") || !strcmp(f, "AX"))
            buf_printf(b, " %d", GET_A(i));
        else if (!strcmp(f, "ABx"))
            buf_printf(b, " %d %" PRIu64, GET_A(i), GET_Bx(i));
        else if (!strcmp(f, "AsBx"))
            buf_printf(b, " %d %" PRId64, GET_A(i), GET_sBx(i));
        else if (!strcmp(f, "sBx"))
            buf_printf(b, " %" PRId64 "\t; to %" PRId64, GET_sBx(i), pc + 1 + GET_sBx(i));
        if ((op == OP_JT || op == OP_JF))
            buf_printf(b, "\t; to %" PRId64, pc + 1 + GET_sBx(i));
        if ((op == OP_CALLF || op == OP_CALLN || op == OP_CLOSURE || op == OP_FUNCVAL) && GET_Bx(i) < (uint64_t)fn->nk) {
            const Func *c = (const Func *)fn->k[GET_Bx(i)];
            buf_printf(b, "\t; %s", c->name[0] ? c->name : "<wrapper>");
        } else if ((op == OP_LOADK) && GET_Bx(i) < (uint64_t)fn->nk) {
            buf_printf(b, "\t; %" PRId64, (int64_t)fn->k[GET_Bx(i)]);
        }
        size_t fl = strlen(f);
        if (fl && f[fl - 1] == 'X' && pc + 1 < fn->ncode) {
            pc++;
            buf_printf(b, "  x=%" PRIu64, (uint64_t)fn->code[pc]);
        }
        buf_putc(b, '\n');
    }
}

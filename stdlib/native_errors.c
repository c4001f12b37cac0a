/*
 * native_errors.c — errors.As, which needs the dynamic types Go reaches
 * through reflectlite: target's element type decides whether an error in
 * the chain matches (identical concrete type, or implements the interface),
 * and the match is stored through the pointer. The chain is followed with
 * the errors' own Unwrap() and As(any) methods, called back into the VM.
 */
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "stdlib/native.h"
#include "vm/vm.h"

/* The error's dynamic type: errors are non-empty interfaces (itab words). */
static const RType *err_type(const uint64_t *e)
{
    return e[0] ? ((const Itab *)(uintptr_t)e[0])->type : NULL;
}

/* func As(err error, target any) bool */
static void errors_as(G *g, uint64_t *a)
{
    uint64_t err[2] = {a[0], a[1]};
    const RType *tt = (const RType *)(uintptr_t)a[2];
    void *target = (void *)(uintptr_t)a[3];
    if (!tt || !target || tt->kind != RK_POINTER)
        rt_panic_string(g, "errors: target must be a non-nil pointer");
    const RType *et = tt->elem;
    if (et->kind != RK_INTERFACE) {
        const RMethod *m = rtype_method(et, "Error");
        if (!m)
            rt_panic_string(g, "errors: *target must be interface or implement error");
    }
    while (err[0]) {
        const RType *dt = err_type(err);
        if (et->kind == RK_INTERFACE) {
            const void *w0 = et->nmethods ? (const void *)rt_getitab(g, et, dt, 1) : (const void *)dt;
            if (w0) {
                uint64_t *t = target;
                gc_wb_range(t, 16);
                t[0] = (uint64_t)(uintptr_t)w0;
                t[1] = err[1];
                a[0] = 1;
                return;
            }
        } else if (dt == et) {
            gc_wb_range(target, (size_t)et->size);
            if (et->flags & RT_DIRECT)
                *(uint64_t *)target = err[1];
            else
                memcpy(target, (void *)(uintptr_t)err[1], (size_t)et->size);
            a[0] = 1;
            return;
        }
        const RMethod *as = rtype_method(dt, "As");
        if (as && as->type->nin == 1 && as->type->in[0]->kind == RK_INTERFACE && as->type->nout == 1 &&
            as->type->out[0]->kind == RK_BOOL) {
            uint64_t args[3] = {err[1], a[2], a[3]}, res[1];
            vm_call(g, as->ifn, args, 3, res, 1);
            if (res[0] & 0xff) {
                a[0] = 1;
                return;
            }
        }
        const RMethod *un = rtype_method(dt, "Unwrap");
        if (!un || un->type->nin != 0 || un->type->nout != 1 || un->type->out[0]->kind != RK_INTERFACE)
            break;
        uint64_t arg = err[1];
        vm_call(g, un->ifn, &arg, 1, err, 2);
    }
    a[0] = 0;
}

const NativeDef natives_errors[] = {
    {"errors.As", errors_as},
    {NULL, NULL},
};

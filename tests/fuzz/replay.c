/*
 * replay.c — runs the fuzz target over files named on the command line,
 * without libFuzzer, so the crashers in tests/fuzz/regress and the seed
 * corpus stay regression tests in the normal build.
 *
 * A directory argument stands for every regular file in it. The target
 * returns nothing to compare: a file passes when it is read and checked
 * without crashing (a crash kills the run, which meson reports), and fails
 * when it cannot be read. Ends with the line "N passed, N failed".
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int passed, failed;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0) {
        printf("FAIL %s: cannot open\n", path);
        failed++;
        if (f)
            fclose(f);
        return;
    }
    /* exactly the file's bytes, so a read past the end is caught */
    size_t len = (size_t)st.st_size;
    uint8_t *data = xmalloc(len);
    size_t got = fread(data, 1, len, f);
    fclose(f);
    if (got != len) {
        printf("FAIL %s: short read\n", path);
        failed++;
    } else {
        LLVMFuzzerTestOneInput(data, len);
        passed++;
    }
    free(data);
}

/* Replays a directory's regular files in name order, for a stable log. */
static void replay_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("FAIL %s: cannot open directory\n", dir);
        failed++;
        return;
    }
    PtrVec names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char *path = xasprintf("%s/%s", dir, e->d_name);
        struct stat st;
        if (e->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            vec_push(&names, path);
        else
            free(path);
    }
    closedir(d);
    qsort(names.v, (size_t)names.n, sizeof *names.v, by_name);
    for (int i = 0; i < names.n; i++) {
        replay_file(names.v[i]);
        free(names.v[i]);
    }
    free(names.v);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            replay_dir(argv[i]);
        else
            replay_file(argv[i]);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

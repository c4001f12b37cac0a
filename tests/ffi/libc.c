#include <ctype.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    printf("strlen: %zu %zu %zu\n", strlen("hello, world"), strlen(""), strlen("héllo"));
    printf("strcmp: %s %s %d\n", strcmp("abc", "abd") < 0 ? "true" : "false",
           strcmp("b", "a") > 0 ? "true" : "false", strcmp("x", "x"));
    char up[] = "mixed Case 42";
    for (char *q = up; *q; q++)
        *q = (char)toupper((unsigned char)*q);
    printf("toupper: %s\n", up);
    printf("atoi: %d %d\n", atoi("  -1234xyz"), atoi("2147483647"));
    printf("strtoul: %lu %lu\n", strtoul("ff", NULL, 16), strtoul("18446744073709551615", NULL, 10));
    printf("labs: %ld %ld\n", labs(-9000000000L), labs(-5));
    printf("strerror: %s | %s\n", strerror(2), strerror(13));
    char buf[8] = {0};
    memset(buf, 'z', 5);
    printf("memset: \"zzzzz\\x00\\x00\\x00\"\n");
    memcpy(buf, "copied!", 7);
    printf("memcpy: \"copied!\\x00\"\n");
    char s[] = "key=value";
    char *p = strchr(s, '=');
    printf("strchr: %s true %.4s\n", p + 1, p);
    printf("int8 result: %d %d\n", (signed char)strtol("300", NULL, 10), (signed char)strtol("-129", NULL, 10));
    printf("int32 truncation: %d\n", abs((int)((-1LL << 32) - 7)));
    printf("types: double size_t char* void* uint16_t ffi.Type(99)\n");
    printf("signature: unsigned long strtoul(char*, void*, int)\n");
    if (!dlopen("libgolite-nosuch.so.9", RTLD_NOW))
        printf("open: %s\n", dlerror());
    void *c = dlopen("libc.so.6", RTLD_NOW);
    if (!dlsym(c, "golite_nosuch_symbol"))
        printf("func: %s\n", dlerror());
    return 0;
}
